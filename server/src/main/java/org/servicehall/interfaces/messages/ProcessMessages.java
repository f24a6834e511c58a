package org.servicehall.interfaces.messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the process (refusals, problems, labels of states and roles) in the caller's language,
 * for the REST API and the staff screens: English if it is preferred, else zh-CN.
 */
public final class ProcessMessages {

    private static final String BUNDLE = "org.servicehall.interfaces.messages.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ProcessMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ProcessMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in English for an English locale, else in Simplified Chinese. */
    public static ProcessMessages of(Locale locale) {
        return new ProcessMessages(locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public static ProcessMessages of(HttpHeaders headers) {
        return of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The caller's language from the servlet request's Accept-Language (for answers outside JAX-RS). */
    public static ProcessMessages of(HttpServletRequest request) {
        // without the header the container answers its own default locale, not the caller's
        return request.getHeader("Accept-Language") == null ? of(List.<Locale>of())
                : of(Collections.list(request.getLocales()));
    }

    private static ProcessMessages of(List<Locale> acceptable) {
        for (Locale candidate : acceptable) {
            if ("en".equals(candidate.getLanguage())) {
                return new ProcessMessages(Locale.ENGLISH);
            }
            if ("zh".equals(candidate.getLanguage())) {
                break;
            }
        }
        return new ProcessMessages(Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label of an enum value, e.g. {@code complaint.status.RECEIVED}; the name when there is none. */
    public String label(Enum<?> value) {
        String key = switch (value.getClass().getSimpleName()) {
            case "ComplaintStatus" -> "complaint.status.";
            case "Role" -> "role.";
            case "Urgency" -> "urgency.";
            default -> value.getClass().getSimpleName() + ".";
        };
        return bundle.containsKey(key + value.name()) ? bundle.getString(key + value.name()) : value.name();
    }

    /** The message for a field violation: {@code field.<field>.<code>}, else {@code field.<code>}. */
    public String violation(String field, String code, List<Object> args) {
        String specific = "field." + field + "." + code;
        Object[] values = args.stream()
                .map(arg -> arg instanceof String name && bundle.containsKey("type." + name) ? get("type." + name) : arg)
                .toArray();
        if (bundle.containsKey(specific)) {
            return get(specific, values);
        }
        return get("field." + code, values);
    }
}
