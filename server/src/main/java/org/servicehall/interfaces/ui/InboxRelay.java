package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.Outbox;
import org.servicehall.application.OutboxPosted;
import org.servicehall.application.RelayedEvent;
import org.servicehall.ui.facade.event.StaffMessagePosted;

/**
 * Tells the staff screens, once the message is committed, that a message for staff was posted; the
 * screens then read their own inbox. Messages to complainants concern no screen. A message posted
 * through another server on the same database reaches this server's screens as a relayed event.
 */
@ApplicationScoped
public class InboxRelay {

    private static final Logger LOG = Logger.getLogger(InboxRelay.class.getName());

    @Inject
    Event<StaffMessagePosted> posted;

    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxPosted message) {
        if (message.recipientKind() == Outbox.RecipientKind.COMPLAINANT) {
            return;
        }
        tell();
    }

    void onPostedElsewhere(@Observes RelayedEvent event) {
        if (event.kind() == RelayedEvent.Kind.STAFF_MESSAGE_POSTED) {
            tell();
        }
    }

    private void tell() {
        try {
            posted.fire(new StaffMessagePosted());
        } catch (RuntimeException e) {
            // the message is stored; a screen that missed the word sees it at its next page
            LOG.log(Level.FINE, "staff screens not told of a new message", e);
        }
    }
}
