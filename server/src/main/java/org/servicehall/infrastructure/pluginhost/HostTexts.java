package org.servicehall.infrastructure.pluginhost;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts the host puts into messages, from the escalation message bundles (zh-CN, en). */
final class HostTexts {

    private static final String BUNDLE = "org.servicehall.application.escalation_messages";

    private HostTexts() {
    }

    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, HostTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
