package org.servicehall.plugins.channel.email;

import java.util.List;
import java.util.Properties;

/** The Jakarta Mail session properties for the hall's settings: time-outs, no read marks on reading, checked server names. */
final class MailProperties {

    private MailProperties() {
    }

    static Properties of(MailSettings s) {
        Properties p = new Properties();
        String timeout = Integer.toString(s.timeoutMillis());
        for (String protocol : List.of("imap", "imaps", "smtp", "smtps")) {
            p.setProperty("mail." + protocol + ".connectiontimeout", timeout);
            p.setProperty("mail." + protocol + ".timeout", timeout);
        }
        for (String protocol : List.of("imap", "imaps")) {
            p.setProperty("mail." + protocol + ".peek", "true"); // reading a mail does not mark it read
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        for (String protocol : List.of("smtp", "smtps")) {
            p.setProperty("mail." + protocol + ".auth", Boolean.toString(!s.smtpUser().isEmpty()));
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (s.smtpStartTls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        p.setProperty("mail.mime.address.strict", "false");
        // Mail servers pass on headers in raw UTF-8 (RFC 6532): read them as UTF-8, not Latin-1.
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }
}
