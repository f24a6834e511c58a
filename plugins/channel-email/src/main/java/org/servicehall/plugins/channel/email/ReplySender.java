package org.servicehall.plugins.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.plugin.api.channel.ChannelContext;

/** The replies of one fetch, over one SMTP connection opened when the first one goes out. */
final class ReplySender {

    /** The mailbox's logger: a reply's lines belong to the fetch that sent it. */
    private static final Logger LOG = Logger.getLogger(Mailbox.class.getName());

    /** What became of one reply. */
    enum Sent {
        /** Sent, or replies are not configured. */
        SENT,
        /** The server refused this recipient or this mail for good; recorded on the complaint. */
        REFUSED,
        /** Not sent this time; the mail waits for the next fetch. */
        LATER
    }

    private final MailSettings settings;
    private final ChannelContext context;
    /**
     * Replies go out with encoded-word headers (no raw UTF-8), which every SMTP server takes, also
     * one without SMTPUTF8; raw UTF-8 is only what this channel reads.
     */
    private final Session sending;
    private Transport transport;
    private boolean smtpBroken;

    ReplySender(MailSettings settings, ChannelContext context, Session sending) {
        this.settings = settings;
        this.context = context;
        this.sending = sending;
    }

    /**
     * Answers a mail about a complaint. A refusal the server gives for this recipient or this mail
     * for good (5xx) is recorded on the complaint and does not hold up other replies; only a failure
     * of the connection itself (unreachable, TLS, login) stops the replies of this fetch.
     */
    Sent send(InboundMail mail, String trackingNumber, String subject, String text) {
        if (!settings.smtpConfigured()) {
            LOG.log(Level.FINE, "email: no SMTP server or sender configured; no reply sent");
            return Sent.SENT;
        }
        if (smtpBroken) {
            return Sent.LATER;
        }
        InternetAddress from;
        try {
            from = new InternetAddress(settings.smtpFrom(), true);
        } catch (AddressException e) {
            LOG.log(Level.WARNING, "email: the setting smtp.from is not a mail address; no reply sent");
            return Sent.SENT;
        }
        try {
            MimeMessage answer = Replies.answer(sending, from, mail, subject, text);
            if (transport == null) {
                transport = sending.getTransport(settings.smtpSsl() ? "smtps" : "smtp");
                boolean auth = !settings.smtpUser().isEmpty();
                transport.connect(settings.smtpHost(), settings.smtpPort(), auth ? settings.smtpUser() : null,
                        auth ? settings.smtpPassword() : null);
            }
            answer.saveChanges();
            transport.sendMessage(answer, answer.getAllRecipients());
            return Sent.SENT;
        } catch (MessagingException e) {
            Optional<SmtpRefusal> refusal = SmtpRefusal.of(e);
            if (refusal.isPresent() && !transport.isConnected()) {
                transport = null; // the server hung up after refusing: connect again for the next reply
            }
            if (refusal.isPresent() && refusal.get().permanent()) {
                LOG.log(Level.WARNING, "email: the mail server refused the reply for complaint {0} for good (SMTP {1}); "
                        + "recorded on the complaint", new Object[] {trackingNumber, Integer.toString(refusal.get().code())});
                context.recordUndeliverable(trackingNumber, "电子邮件回复被邮件服务器拒收 / The email reply was refused: "
                        + refusal.get().reply());
                return Sent.REFUSED;
            }
            if (refusal.isPresent()) {
                LOG.log(Level.INFO, "email: the mail server deferred the reply for complaint {0} (SMTP {1}); tried again next fetch",
                        new Object[] {trackingNumber, Integer.toString(refusal.get().code())});
                return Sent.LATER;
            }
            smtpBroken = true;
            LOG.log(Level.WARNING, MailFailure.of(e).message() + "; replies are tried again next fetch",
                    new Object[] {settings.smtpHost(), Integer.toString(settings.smtpPort()), "smtp"});
            return Sent.LATER;
        }
    }

    void close() {
        try {
            if (transport != null) {
                transport.close();
            }
        } catch (MessagingException e) {
            // the replies are sent; nothing to do
        }
    }
}
