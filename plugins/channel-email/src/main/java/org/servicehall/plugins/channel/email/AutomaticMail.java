package org.servicehall.plugins.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;

/** Mail no person wrote: auto-replies, bounces, list mail. */
final class AutomaticMail {

    private AutomaticMail() {
    }

    /** Auto-replies, bounces and list mail: never answered, never filed. */
    static boolean is(MimeMessage message, InternetAddress sender) throws MessagingException {
        String auto = message.getHeader("Auto-Submitted", ",");
        if (auto != null && !auto.strip().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = message.getHeader("Precedence", ",");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|list|junk|auto_reply")) {
            return true;
        }
        String local = sender.getAddress().toLowerCase(Locale.ROOT);
        local = local.substring(0, Math.max(0, local.indexOf('@')));
        return local.equals("mailer-daemon") || local.equals("postmaster");
    }
}
