package org.servicehall.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicehall.application.MessageTemplates;
import org.servicehall.application.Outbox;

/**
 * The message templates of {@code notifications_zh_CN.properties} and {@code
 * notifications_en.properties}: shipped with the server, each key overridable by the hall's own
 * file. A kind without a body of its own uses the escalation body ({@code ESCALATION.body}); a
 * placeholder without a value stays as it is written, so a mistake in a hall's template shows.
 */
@ApplicationScoped
public class HallMessageTemplates implements MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    @Inject
    SettingsFiles files;

    private Properties zh;
    private Properties en;

    /** The shipped templates alone, as a server without a settings folder of its own has them. */
    public static HallMessageTemplates shipped() {
        SettingsFiles files = new SettingsFiles();
        files.configDir = Optional.empty();
        HallMessageTemplates templates = new HallMessageTemplates();
        templates.files = files;
        templates.load();
        return templates;
    }

    @PostConstruct
    void load() {
        zh = files.layered("notifications_zh_CN.properties");
        en = files.layered("notifications_en.properties");
    }

    @Override
    public Outbox.Message compose(String kind, Outbox.RecipientKind recipientKind, String recipientId,
                                  String trackingNumber, Map<String, String> params, boolean important, String secret) {
        Map<String, String> values = new HashMap<>(params);
        if (trackingNumber != null) {
            values.putIfAbsent("trackingNumber", trackingNumber);
        }
        // the secret stays a placeholder in what is stored; the delivery fills it in
        values.remove("queryCode");
        Map<String, String> zhValues = localized(values, zh, "_zh");
        Map<String, String> enValues = localized(values, en, "_en");
        return new Outbox.Message(recipientKind, recipientId, trackingNumber,
                fill(template(zh, kind, "subject"), zhValues), fill(template(en, kind, "subject"), enValues),
                fill(template(zh, kind, "body"), zhValues), fill(template(en, kind, "body"), enValues),
                kind, important, values, secret);
    }

    /**
     * A value given per language ({@code category_zh}, {@code category_en}) fills {@code
     * {category}} in that language; {@code what} names a step, whose words come from the templates.
     */
    private static Map<String, String> localized(Map<String, String> values, Properties texts, String suffix) {
        Map<String, String> result = new HashMap<>(values);
        values.forEach((key, value) -> {
            if (key.endsWith(suffix)) {
                result.put(key.substring(0, key.length() - suffix.length()), value);
            }
        });
        String what = values.get("what");
        if (what != null) {
            result.put("what", texts.getProperty("what." + what, what));
        }
        return result;
    }

    private static String template(Properties texts, String kind, String part) {
        String text = texts.getProperty(kind + "." + part);
        if (text == null && part.equals("body")) {
            text = texts.getProperty("ESCALATION.body");
        }
        return text == null ? kind : text;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
