package org.servicehall.plugins.notify.sms;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.NotifierContext;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * SMS to complainants who agreed to it (the host gives their phone only then) and to the staff and
 * roles IT lists with a phone number, through the transport IT chose: SMPP 3.4 to an SMS centre
 * ({@link SmppGateway}), or a cloud SMS service's template API ({@link CloudSmsGateway}). The
 * settings are read through the host at each send, so a change applies to the next message; while
 * the chosen transport lacks a setting it needs, every send throws naming it and the host's outbox
 * keeps the messages.
 *
 * <p>Logs name the message, the recipient's kind and id (a complainant by the complaint's number)
 * and the gateway, never a phone number or the message's text; nor do the exceptions, which the
 * host logs.
 */
@Component(service = Notifier.class)
public class SmsNotifier implements Notifier, Configurable {

    static final String ID = "sms";
    private static final Logger LOG = Logger.getLogger(SmsNotifier.class.getName());

    private final NotifierContext context;
    private final SmppGateway smpp;
    private final CloudSmsGateway cloud;

    @Activate
    public SmsNotifier(@Reference NotifierContext context) {
        this.context = context;
        Ledger ledger = new Ledger();
        Throttle throttle = new Throttle();
        this.smpp = new SmppGateway(new SmppInbound(ID, context, ledger), ledger, throttle, this::current);
        this.cloud = new CloudSmsGateway(ledger, throttle, Clock.systemUTC());
        // bound from the start when SMPP is configured, so that replies (TD) arrive before the first send
        smpp.bindSoon();
    }

    @Deactivate
    void deactivate() {
        smpp.close();
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
        return !phones(recipient, current()).isEmpty();
    }

    @Override
    public void send(Message message) throws SmsNotSentException, InterruptedException {
        SmsSettings s = current();
        List<String> missing = s.missing();
        if (!missing.isEmpty()) {
            throw new SmsNotSentException("the SMS notifier is not configured: set " + String.join(", ", missing)
                    + " (on the plugin screen, or as servicehall.notifier." + ID + ".<key>)");
        }
        Recipient recipient = message.recipient();
        List<String> phones = phones(recipient, s);
        if (phones.isEmpty()) {
            throw new SmsNotSentException("no phone number for " + recipient + " (a complainant's consent, or "
                    + SmsSettings.STAFF_PHONES + " for staff)");
        }
        if (s.transport() == SmsSettings.Transport.SMPP) {
            smpp.send(message, phones, s);
        } else {
            smpp.disconnect();
            cloud.send(message, phones, s);
        }
        LOG.log(Level.INFO, "sms: message {0} to {1} handed to the {2} gateway",
                new Object[] {Long.toString(message.id()), recipient, s.transport()});
    }

    @Override
    public List<SettingSpec> settings() {
        return SmsSettings.specs();
    }

    /** The settings as IT has them now. */
    private SmsSettings current() {
        return SmsSettings.read(context, ID);
    }

    /** The dialable numbers of a recipient: a complainant's own, staff and roles as IT listed them. */
    private static List<String> phones(Recipient recipient, SmsSettings s) {
        List<String> given = switch (recipient.kind()) {
            case COMPLAINANT -> recipient.address().map(List::of).orElse(List.of());
            case STAFF, ROLE -> s.phonesOf(recipient.id());
        };
        return given.stream().map(Phones::dialable).flatMap(Optional::stream).distinct().toList();
    }
}
