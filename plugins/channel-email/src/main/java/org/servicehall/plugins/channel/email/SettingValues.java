package org.servicehall.plugins.channel.email;

import java.util.Optional;
import org.servicehall.plugin.api.channel.ChannelContext;

/** A setting through the host as text, flag or positive number, falling back when it is empty or wrong. */
final class SettingValues {

    private SettingValues() {
    }

    static String raw(ChannelContext c, String key) {
        return c.setting(key).orElse("");
    }

    static String text(ChannelContext c, String key, String fallback) {
        return c.setting(key).map(String::strip).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    static boolean flag(ChannelContext c, String key, boolean fallback) {
        Optional<String> v = c.setting(key).map(String::strip).filter(s -> !s.isEmpty());
        return v.map(Boolean::parseBoolean).orElse(fallback);
    }

    static int number(ChannelContext c, String key, int fallback) {
        try {
            return c.setting(key).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt)
                    .filter(n -> n > 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
