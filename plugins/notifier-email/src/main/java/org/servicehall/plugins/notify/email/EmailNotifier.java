package org.servicehall.plugins.notify.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.NotifierContext;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * Sends each message as one mail by SMTP: to a complainant who agreed to e-mail, to a staff
 * member whose directory entry has an address, and to the duty addresses IT gave a role. A mail
 * the server did not take makes {@link #send} throw, and the host tries again later with the same
 * outbox id, hence the same Message-ID.
 *
 * <p>Settings: see {@link EmailSettings#specs()}. The log names the outbox id and the recipient by
 * kind and id, never an address or the text.
 */
@Component(service = Notifier.class)
public class EmailNotifier implements Notifier, Configurable {

    static final String ID = "email";
    private static final Logger LOG = Logger.getLogger(EmailNotifier.class.getName());

    private final NotifierContext context;

    @Activate
    public EmailNotifier(@Reference NotifierContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean accepts(Recipient recipient) {
        if (recipient == null) {
            return false;
        }
        return switch (recipient.kind()) {
            case COMPLAINANT, STAFF -> recipient.email().filter(e -> !e.isBlank()).isPresent();
            case ROLE -> !EmailSettings.read(context).addressesOf(recipient.id()).isEmpty();
        };
    }

    @Override
    public void send(Message message) throws NotSent {
        EmailSettings settings = EmailSettings.read(context);
        if (!settings.missing().isEmpty()) {
            throw new NotSent("email: not configured, settings missing or invalid: " + String.join(", ", settings.missing()));
        }
        InternetAddress from = Addresses.sender(settings.from());
        List<InternetAddress> to = Addresses.of(message.recipient(), settings);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jakarta Mail and Activation find their providers through the context class loader
        thread.setContextClassLoader(EmailNotifier.class.getClassLoader());
        try {
            Session session = Session.getInstance(SmtpProperties.of(settings));
            NotificationMail mail = NotificationMail.of(session, from, to, message, context.now());
            Transport transport = session.getTransport(settings.security() == EmailSettings.Security.SSL ? "smtps" : "smtp");
            try {
                boolean login = !settings.username().isEmpty();
                transport.connect(settings.host(), settings.port(), login ? settings.username() : null,
                        login ? settings.password() : null);
                transport.sendMessage(mail, mail.getAllRecipients());
            } finally {
                quit(transport);
            }
        } catch (MessagingException e) {
            throw NotSent.of(e, settings.host(), settings.port());
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.log(Level.INFO, "email: message {0} to {1} sent ({2} address(es))",
                new Object[] {Long.toString(message.id()), message.recipient(), Integer.toString(to.size())});
    }

    @Override
    public List<SettingSpec> settings() {
        return EmailSettingSpecs.all();
    }

    /** Once the server took the mail, a failing QUIT changes nothing: the mail is not sent again for it. */
    private static void quit(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "email: the mail server's connection did not close cleanly ({0})", e.getClass().getSimpleName());
        }
    }
}
