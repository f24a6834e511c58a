package org.servicehall.plugins.notify.sms;

import java.util.Optional;
import org.servicehall.plugin.api.notify.NotifierContext;

/** The settings of one notifier through the host. */
record SettingsReader(NotifierContext context, String notifierId) {

    String raw(String key) {
        return context.setting(notifierId, key).orElse("");
    }

    String text(String key, String fallback) {
        return context.setting(notifierId, key).map(String::strip).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    int number(String key, int fallback) {
        try {
            Optional<Integer> value = context.setting(notifierId, key).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::parseInt);
            return value.filter(n -> n > 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
