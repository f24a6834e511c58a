package org.servicehall.plugins.notify.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicehall.plugin.api.common.SettingSpec.Type;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * The notifier's settings ({@code servicehall.notifier.email.<key>}), as declared to the plugin
 * screen and as read at each send, so that a change applies to the next message. The password is
 * {@link Type#SECRET}: handed to the mail session, never logged.
 *
 * @param security      null when the setting names none of the known ways
 * @param roleAddresses the duty addresses by role (upper case), in the order IT listed them
 */
record EmailSettings(String host, int port, Security security, String username, String password, String from,
                     Map<String, List<String>> roleAddresses) {

    /** How the connection to the mail server is protected. */
    enum Security {
        /** Plain SMTP, for a relay inside the hall's own network. */
        NONE(25),
        /** SMTP upgraded to TLS before anything is sent; refused when the server cannot. */
        STARTTLS(587),
        /** SMTP over TLS from the first byte (SMTPS). */
        SSL(465);

        final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        static Security of(String value) {
            for (Security s : values()) {
                if (s.name().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            return null;
        }
    }

    static EmailSettings read(NotifierContext context) {
        Security security = Security.of(text(context, "security", "starttls"));
        int port = number(context, "port", security == null ? Security.STARTTLS.defaultPort : security.defaultPort);
        return new EmailSettings(text(context, "host", ""), port, security, text(context, "username", ""),
                context.setting(EmailNotifier.ID, "password").orElse(""), text(context, "from", ""),
                RoleAddresses.parse(context.setting(EmailNotifier.ID, "roleAddresses").orElse("")));
    }

    /** The settings that are missing for any mail to go out, by key; empty when there are none. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (host.isEmpty()) {
            missing.add("host");
        }
        if (from.isEmpty()) {
            missing.add("from");
        }
        if (security == null) {
            missing.add("security");
        }
        return missing;
    }

    List<String> addressesOf(String role) {
        return roleAddresses.getOrDefault(role.strip().toUpperCase(Locale.ROOT), List.of());
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "EmailSettings[" + host + ":" + port + ", " + security + "]";
    }

    private static String text(NotifierContext context, String key, String fallback) {
        return context.setting(EmailNotifier.ID, key).map(String::strip).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    private static int number(NotifierContext context, String key, int fallback) {
        Optional<String> value = context.setting(EmailNotifier.ID, key).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return value.map(Integer::parseInt).filter(p -> p > 0 && p < 65536).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
