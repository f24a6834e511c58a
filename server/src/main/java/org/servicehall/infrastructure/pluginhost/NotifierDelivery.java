package org.servicehall.infrastructure.pluginhost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.servicehall.infrastructure.persistence.JpaOutbox;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * Hands the outbox's pending messages to the notifier plugins, through the guard: the first
 * notifier that accepts a recipient and delivers marks it delivered. With no notifier installed
 * nothing is tried, and the outbox is the record.
 */
@ApplicationScoped
public class NotifierDelivery {

    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;

    @Inject
    PluginHostService plugins;

    @Inject
    JpaOutbox outbox;

    /**
     * @return how many messages were delivered now. One run at a time on this server: the schedule
     * and the after-change escalations both call this, and two runs reading the same pending rows
     * would hand a message to the notifiers twice.
     */
    public synchronized int deliverPending() {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty() || host.get().notifiers().isEmpty()) {
            return 0;
        }
        int delivered = 0;
        for (JpaOutbox.Pending pending : outbox.pending(MAX_ATTEMPTS, BATCH)) {
            delivered += deliver(host.get(), pending) ? 1 : 0;
        }
        return delivered;
    }

    private boolean deliver(FelixPluginHost host, JpaOutbox.Pending pending) {
        Message message = toMessage(pending);
        List<Contributions.Contribution<Notifier>> notifiers = host.notifiers();
        for (Contributions.Contribution<Notifier> notifier : notifiers) {
            boolean accepts = host.calls().call(notifier.pluginId(), "Notifier.accepts " + notifier.id(),
                    () -> notifier.service().accepts(message.recipient())).orElse(false);
            if (accepts && host.calls().call(notifier.pluginId(), "Notifier.send " + notifier.id(), () -> {
                notifier.service().send(message);
                return Boolean.TRUE;
            }).orElse(false)) {
                outbox.delivered(pending.id(), notifier.id());
                return true;
            }
        }
        outbox.failed(pending.id(), "no notifier delivered it");
        return false;
    }

    private static Message toMessage(JpaOutbox.Pending pending) {
        var m = pending.message();
        Recipient recipient = switch (m.recipientKind()) {
            case STAFF -> Recipient.staff(m.recipientId());
            case ROLE -> Recipient.role(m.recipientId());
            case COMPLAINANT -> Recipient.complainant(m.recipientId(), null);
        };
        return new Message(pending.id(), recipient, LocalizedText.of(m.subjectZh(), m.subjectEn()),
                LocalizedText.of(m.bodyZh(), m.bodyEn()), m.trackingNumber());
    }
}
