package org.servicehall.plugins.notify.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
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
    /** Connecting, each answer and each write; the whole send stays within a few of these. */
    private static final String TIMEOUT_MILLIS = "5000";

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
        InternetAddress from = sender(settings.from());
        List<InternetAddress> to = addresses(message.recipient(), settings);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jakarta Mail and Activation find their providers through the context class loader
        thread.setContextClassLoader(EmailNotifier.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties(settings));
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
        return EmailSettings.specs();
    }

    /** {@code 政务服务中心 <tongzhi@hall.example>}: the name goes out as UTF-8, whatever the setting's quoting. */
    static InternetAddress sender(String setting) throws NotSent {
        try {
            InternetAddress parsed = new InternetAddress(setting, false);
            parsed.validate();
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new NotSent("email: the setting from is not a mail address with an optional name");
        }
    }

    private static List<InternetAddress> addresses(Recipient recipient, EmailSettings settings) throws NotSent {
        List<String> wanted = switch (recipient.kind()) {
            case COMPLAINANT, STAFF -> recipient.email().filter(e -> !e.isBlank()).map(List::of).orElse(List.of());
            case ROLE -> settings.addressesOf(recipient.id());
        };
        if (wanted.isEmpty()) {
            throw new NotSent("email: no address for " + recipient);
        }
        List<InternetAddress> addresses = new ArrayList<>();
        for (String address : wanted) {
            try {
                InternetAddress parsed = new InternetAddress(address.strip(), true);
                parsed.validate();
                addresses.add(parsed);
            } catch (AddressException e) {
                throw new NotSent("email: an address of " + recipient + " is not a mail address");
            }
        }
        return addresses;
    }

    /** Once the server took the mail, a failing QUIT changes nothing: the mail is not sent again for it. */
    private static void quit(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "email: the mail server's connection did not close cleanly ({0})", e.getClass().getSimpleName());
        }
    }

    private static Properties properties(EmailSettings settings) {
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
