package org.servicehall.plugins.channel.wechat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicehall.plugin.api.channel.ChannelContext;

/** The adapter's settings as read for one call, with their defaults. */
record Settings(String token, List<String> keywords, Map<String, String> categoryMap, String defaultCategory,
                Duration timestampTolerance, Duration dialogueTimeout, int maxBodyBytes, Mode mode, WechatCrypt crypt) {

    /** The platform's message encryption mode (消息加解密方式). */
    enum Mode {
        PLAIN, COMPATIBLE, SAFE;

        static Mode of(String setting) {
            return switch (setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT)) {
                case "compatible" -> COMPATIBLE;
                case "safe" -> SAFE;
                default -> PLAIN;
            };
        }
    }

    static final String DEFAULT_KEYWORDS = "投诉,举报,complaint";
    static final String DEFAULT_CATEGORY_MAP = "态度=SERVICE_ATTITUDE,脸色=SERVICE_ATTITUDE,辱骂=SERVICE_ATTITUDE,"
            + "推诿=BUSINESS_HANDLING,办理=BUSINESS_HANDLING,办件=BUSINESS_HANDLING,材料=BUSINESS_HANDLING,"
            + "政策=POLICY_CONSULTATION,咨询=POLICY_CONSULTATION,答复=POLICY_CONSULTATION,"
            + "设施=FACILITIES_ENVIRONMENT,环境=FACILITIES_ENVIRONMENT,排队=FACILITIES_ENVIRONMENT,"
            + "取号=FACILITIES_ENVIRONMENT,叫号=FACILITIES_ENVIRONMENT,自助机=FACILITIES_ENVIRONMENT,"
            + "卫生=FACILITIES_ENVIRONMENT,空调=FACILITIES_ENVIRONMENT,座位=FACILITIES_ENVIRONMENT";
    static final String DEFAULT_CATEGORY = "BUSINESS_HANDLING";
    static final int DEFAULT_TOLERANCE_SECONDS = 300;
    static final int DEFAULT_DIALOGUE_MINUTES = 10;
    static final int DEFAULT_MAX_BODY = 16 * 1024;

    static Settings read(ChannelContext context) {
        return new Settings(context.setting("token").map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                keywords(context.setting("keywords").orElse(DEFAULT_KEYWORDS)),
                categoryMap(context.setting("category.map").orElse(DEFAULT_CATEGORY_MAP)),
                context.setting("category.default").map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_CATEGORY),
                Duration.ofSeconds(positive(context, "timestamp.tolerance.seconds", DEFAULT_TOLERANCE_SECONDS)),
                Duration.ofMinutes(positive(context, "dialogue.timeout.minutes", DEFAULT_DIALOGUE_MINUTES)),
                positive(context, "max.body.bytes", DEFAULT_MAX_BODY),
                Mode.of(context.setting("message.mode").orElse("")), crypt(context));
    }

    /** The encrypted mode's keys; null while the EncodingAESKey or the AppID is missing or not usable. */
    private static WechatCrypt crypt(ChannelContext context) {
        String key = context.setting("encoding.aes.key").map(String::strip).orElse("");
        String appId = context.setting("appId").map(String::strip).orElse("");
        if (key.isEmpty() || appId.isEmpty()) {
            return null;
        }
        try {
            return new WechatCrypt(key, appId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Comma- or line-separated words, blank ones dropped, in the order given. */
    static List<String> keywords(String list) {
        List<String> words = new ArrayList<>();
        for (String word : list.split("[,，;\\n]")) {
            if (!word.isBlank() && !words.contains(word.strip())) {
                words.add(word.strip());
            }
        }
        if (words.isEmpty()) {
            return keywords(DEFAULT_KEYWORDS);
        }
        return List.copyOf(words);
    }

    /** {@code word=CATEGORY} pairs in order; entries without {@code =} are ignored. */
    static Map<String, String> categoryMap(String table) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : table.split("[,，;\\n]")) {
            int eq = entry.indexOf('=');
            if (eq > 0 && eq < entry.length() - 1 && !entry.substring(0, eq).isBlank()) {
                map.putIfAbsent(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), entry.substring(eq + 1).strip());
            }
        }
        return map;
    }

    static int positive(ChannelContext context, String key, int fallback) {
        try {
            return context.setting(key).map(String::strip).map(Integer::parseInt).filter(n -> n > 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
