package org.servicehall.plugins.notify.email;

import java.util.List;
import java.util.Properties;

/** The Jakarta Mail session properties for the hall's SMTP settings: time-outs, login, checked server names, STARTTLS. */
final class SmtpProperties {

    /** Connecting, each answer and each write; the whole send stays within a few of these. */
    private static final String TIMEOUT_MILLIS = "5000";

    private SmtpProperties() {
    }

    static Properties of(EmailSettings settings) {
        Properties p = new Properties();
        for (String protocol : List.of("smtp", "smtps")) {
            String prefix = "mail." + protocol + ".";
            p.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
            p.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
            p.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
            p.setProperty(prefix + "auth", Boolean.toString(!settings.username().isEmpty()));
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        if (settings.security() == EmailSettings.Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        return p;
    }
}
