package org.servicehall.plugins.notify.outbox;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * Delivers to the hall's log: staff read alerts and reminders in the outbox list of the staff
 * screens and API, where the host marks each message delivered by this notifier. The log line
 * names the message, the recipient and the complaint, never a phone number or the message text.
 * Accepts every recipient, so with this plugin installed nothing stays queued; remove it and the
 * host keeps new messages pending until a notifier is back.
 */
@Component(service = Notifier.class)
public class OutboxNotifier implements Notifier {

    static final String ID = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxNotifier.class.getName());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean accepts(Recipient recipient) {
        return recipient != null;
    }

    @Override
    public void send(Message message) {
        LOG.log(Level.INFO, "Message {0} to {1} about {2} delivered to the hall log",
                new Object[] {Long.toString(message.id()), recipientOf(message.recipient()), message.trackingNumber().orElse("-")});
    }

    /** A complainant by the complaint's number only (their phone stays out of the log); staff by user name or role. */
    static String recipientOf(Recipient recipient) {
        return recipient.kind() + ":" + recipient.id();
    }
}
