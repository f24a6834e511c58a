package org.servicehall.plugins.notify.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.servicehall.plugin.api.notify.Message;

/**
 * One outbox message as a mail: multipart/alternative with the text and the HTML body, the subject
 * in both languages as UTF-8 encoded words, and a Message-ID made from the outbox id, so that a
 * retry after a lost answer from the server carries the same id and mail programs show it once.
 */
final class NotificationMail extends MimeMessage {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?");

    private final String messageId;

    private NotificationMail(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    static NotificationMail of(Session session, InternetAddress from, List<InternetAddress> to, Message message, Instant now)
            throws MessagingException {
        NotificationMail mail = new NotificationMail(session, messageId(message.id(), from));
        mail.setFrom(from);
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
        mail.setSubject(MailBodies.subject(message), StandardCharsets.UTF_8.name());
        mail.setSentDate(Date.from(now));
        // an automatic message: no out-of-office answers to it, no loops with another robot
        mail.setHeader("Auto-Submitted", "auto-generated");
        mail.setHeader("X-Auto-Response-Suppress", "All");
        mail.setHeader("Content-Language", "zh-CN, en");
        if (message.important()) {
            mail.setHeader("Importance", "high");
            mail.setHeader("X-Priority", "1 (Highest)");
            mail.setHeader("Priority", "urgent");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(MailBodies.text(message), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailBodies.html(message), StandardCharsets.UTF_8.name(), "html");
        // the last part is the one a mail program prefers when it can show it
        mail.setContent(new MimeMultipart("alternative", text, html));
        mail.saveChanges();
        return mail;
    }

    /**
     * {@code <outbox-123.email@hall.example>}: the outbox id, this notifier, and the domain of the
     * hall's sender address, so that two halls' message 123 are not taken for one.
     */
    static String messageId(long outboxId, InternetAddress from) {
        String address = from.getAddress();
        String domain = address.substring(address.lastIndexOf('@') + 1);
        if (!DOMAIN.matcher(domain).matches()) {
            domain = "servicehall";
        }
        return "<outbox-" + outboxId + "." + EmailNotifier.ID + "@" + domain + ">";
    }

    /** Keeps the id made from the outbox id where Jakarta Mail would make a new one at each save. */
    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
