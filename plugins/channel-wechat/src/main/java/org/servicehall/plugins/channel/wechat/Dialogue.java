package org.servicehall.plugins.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;

/**
 * What the account answers a follower, in Chinese: a complaint keyword with text files at once; a
 * keyword alone starts a guided exchange (category by number, then the description); a tracking
 * number is answered with its status; anything else with the help text.
 */
final class Dialogue {

    /** The platform's limit on a text reply's Content, in bytes. */
    static final int CONTENT_MAX_BYTES = 2048;
    /** The longest description the hall files. */
    static final int DESCRIPTION_MAX_CHARS = 2000;
    /** The longest external id the hall keeps. */
    static final int EXTERNAL_ID_MAX = 100;

    /** The hall's numbers, e.g. {@code TS-20260301-00042}; also typed in lower case or with spaces. */
    static final Pattern TRACKING_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])[Tt][Ss]\\s*[-－—_]?\\s*(\\d{8})\\s*[-－—_]?\\s*(\\d{5,6})(?!\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern PICK = Pattern.compile("\\s*(\\d{1,3})\\s*[.、。．]?\\s*");
    private static final Set<String> CANCEL = Set.of("取消", "退出", "cancel", "q");
    private static final String SEPARATORS = " \t\r\n:：,，、.。;；-—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Conversations conversations;

    Dialogue(Conversations conversations) {
        this.conversations = conversations;
    }

    /** The reply to a pushed message; empty: no reply ({@code success}). */
    Optional<String> answer(WechatXml.Message message, ChannelContext context, Settings settings) {
        String type = message.type().toLowerCase(Locale.ROOT);
        if (type.equals("event")) {
            String event = message.event().orElse("").toLowerCase(Locale.ROOT);
            return event.equals("subscribe") ? Optional.of(welcome(settings)) : Optional.empty();
        }
        if (!type.equals("text")) {
            return Optional.of(Texts.NOT_TEXT + "\n" + help(settings));
        }
        return Optional.of(fit(text(message, context, settings)));
    }

    private String text(WechatXml.Message message, ChannelContext context, Settings settings) {
        String openid = message.fromUser();
        String content = message.content();
        Instant now = context.now();
        Optional<Conversations.State> state = conversations.current(openid, now, settings.dialogueTimeout());
        Optional<String> keywordRest = afterKeyword(content, settings.keywords());

        if (state.isPresent() && CANCEL.contains(content.toLowerCase(Locale.ROOT))) {
            conversations.end(openid);
            return Texts.CANCELLED;
        }
        // an exchange ends only after filing returned: if the hall fails, the platform's retry finds it still open
        if (keywordRest.isPresent() && !keywordRest.get().isEmpty()) {
            // in the middle of the exchange, "投诉 …" is the description for the category already chosen
            String chosen = state.filter(st -> st.step() == Conversations.Step.DESCRIBE)
                    .map(Conversations.State::categoryCode).orElse(null);
            String reply = file(message, keywordRest.get(), chosen, context, settings);
            conversations.end(openid);
            return reply;
        }
        if (keywordRest.isPresent()) {
            return startExchange(openid, context, settings);
        }
        if (state.isPresent() && state.get().step() == Conversations.Step.DESCRIBE) {
            if (content.isEmpty()) {
                return Texts.describe(state.get().categoryLabel());
            }
            String reply = file(message, content, state.get().categoryCode(), context, settings);
            conversations.end(openid);
            return reply;
        }
        if (state.isPresent()) {
            return pick(openid, content, context, settings);
        }
        Optional<String> number = trackingNumber(content);
        if (number.isPresent()) {
            return status(number.get(), openid, context);
        }
        return help(settings);
    }

    private String startExchange(String openid, ChannelContext context, Settings settings) {
        List<ChannelCategory> categories = context.categories();
        if (categories.isEmpty()) {
            return Texts.UNAVAILABLE;
        }
        if (!conversations.put(openid, new Conversations.State(Conversations.Step.CHOOSE_CATEGORY, null, null,
                context.now()), settings.dialogueTimeout())) {
            return Texts.BUSY + "\n" + help(settings);
        }
        return Texts.chooseCategory(categories);
    }

    private String pick(String openid, String content, ChannelContext context, Settings settings) {
        List<ChannelCategory> categories = context.categories();
        if (categories.isEmpty()) {
            conversations.end(openid);
            return Texts.UNAVAILABLE;
        }
        Matcher m = PICK.matcher(content);
        int index = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        if (index < 1 || index > categories.size()) {
            conversations.put(openid, new Conversations.State(Conversations.Step.CHOOSE_CATEGORY, null, null,
                    context.now()), settings.dialogueTimeout());
            return Texts.pickAgain(categories);
        }
        ChannelCategory chosen = categories.get(index - 1);
        conversations.put(openid, new Conversations.State(Conversations.Step.DESCRIBE, chosen.code(),
                chosen.label().zh(), context.now()), settings.dialogueTimeout());
        return Texts.describe(chosen.label().zh());
    }

    /** Files the text under the chosen category, or the one its words map to. */
    private String file(WechatXml.Message message, String text, String chosenCategory, ChannelContext context,
                        Settings settings) {
        Optional<String> msgId = message.msgId();
        if (msgId.isEmpty()) {
            return Texts.UNAVAILABLE;
        }
        List<ChannelCategory> categories = context.categories();
        Set<String> offered = categories.stream().map(ChannelCategory::code).collect(Collectors.toSet());
        String category = chosenCategory != null && offered.contains(chosenCategory) ? chosenCategory
                : categoryFor(text, settings, offered, categories).orElse(null);
        if (category == null) {
            return Texts.UNAVAILABLE;
        }
        String description = text.length() > DESCRIPTION_MAX_CHARS ? text.substring(0, DESCRIPTION_MAX_CHARS) : text;
        Registration.Builder registration = Registration.builder(externalId(msgId.get(), message.fromUser()))
                .category(category).description(description);
        phone(text).ifPresent(registration::contactPhone);
        Registered registered;
        try {
            registered = context.register(registration.build());
        } catch (InvalidRegistrationException e) {
            return Texts.REFUSED;
        }
        return Texts.filed(registered.trackingNumber(), registered.queryCode().orElse(null));
    }

    /**
     * The complaint's external id: the MsgId (the platform's retries of a message carry the same)
     * and the sender's openid, so that status changes can be sent back to the follower.
     */
    static String externalId(String msgId, String openid) {
        String both = msgId + ':' + openid;
        return both.length() <= EXTERNAL_ID_MAX ? both : msgId;
    }

    /** The follower an external id names, if it names one. */
    static Optional<String> openidOf(String externalId) {
        int colon = externalId.indexOf(':');
        return colon < 0 || colon == externalId.length() - 1 ? Optional.empty() : Optional.of(externalId.substring(colon + 1));
    }

    /** The first mapped word found in the text, else the default, else the first category on offer. */
    static Optional<String> categoryFor(String text, Settings settings, Set<String> offered, List<ChannelCategory> inOrder) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> entry : settings.categoryMap().entrySet()) {
            if (lower.contains(entry.getKey()) && offered.contains(entry.getValue())) {
                return Optional.of(entry.getValue());
            }
        }
        if (offered.contains(settings.defaultCategory())) {
            return Optional.of(settings.defaultCategory());
        }
        return inOrder.stream().map(ChannelCategory::code).findFirst();
    }

    /**
     * The status of a complaint: in full (category and dates) for the follower who filed it; for
     * anyone else, who may have guessed a neighbouring number, only its stage.
     */
    private static String status(String number, String openid, ChannelContext context) {
        Optional<CaseStatus> status = context.status(number);
        if (status.isEmpty()) {
            return Texts.notFound(number);
        }
        CaseStatus s = status.get();
        if (!context.fromComplainant(s.trackingNumber(), openid)) {
            return Texts.stage(s.trackingNumber(), s.statusLabel().zh(), s.finished());
        }
        return Texts.status(s.trackingNumber(), s.statusLabel().zh(), s.categoryLabel().zh(),
                DAY.format(s.receivedAt().atZone(context.zone())), DAY.format(s.updatedAt().atZone(context.zone())),
                s.finished());
    }

    /**
     * The text after a leading complaint keyword (separators removed; may be empty), if it starts
     * with one; the longest keyword that matches wins.
     */
    static Optional<String> afterKeyword(String content, List<String> keywords) {
        String text = content.strip();
        List<String> longestFirst = new java.util.ArrayList<>(keywords);
        longestFirst.sort((a, b) -> b.length() - a.length());
        for (String keyword : longestFirst) {
            if (text.regionMatches(true, 0, keyword, 0, keyword.length())) {
                int i = keyword.length();
                while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                return Optional.of(text.substring(i).strip());
            }
        }
        return Optional.empty();
    }

    /** A tracking number in the text, in the hall's form. */
    static Optional<String> trackingNumber(String text) {
        Matcher m = TRACKING_NUMBER.matcher(text);
        return m.find() ? Optional.of("TS-" + m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    /** A mobile number in the text, taken as the complainant's contact. */
    static Optional<String> phone(String text) {
        Matcher m = MOBILE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String welcome(Settings settings) {
        return Texts.WELCOME + "\n" + help(settings);
    }

    private static String help(Settings settings) {
        // the first Chinese keyword, as followers type it
        return Texts.help(settings.keywords().stream().filter(k -> k.codePoints().anyMatch(c -> c > 0x7f))
                .findFirst().orElse(settings.keywords().get(0)));
    }

    /** The text cut to the platform's byte limit, never inside a character. */
    static String fit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= CONTENT_MAX_BYTES) {
            return text;
        }
        String ellipsis = "…";
        int budget = CONTENT_MAX_BYTES - ellipsis.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return out.append(ellipsis).toString();
    }
}
