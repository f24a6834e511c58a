package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.ComplaintFiled;
import org.servicehall.application.RelayedEvent;
import org.servicehall.ui.facade.event.ComplaintArrived;

/**
 * Passes the application's "complaint filed" on to the screens as their own event, once the
 * filing is committed (so a window that reads its queue finds the complaint), on another thread:
 * the filing's answer never waits for the pushes to open windows. A filing through another server
 * on the same database reaches the windows connected to this one as a relayed event.
 */
@ApplicationScoped
public class ArrivalRelay {

    private static final Logger LOG = Logger.getLogger(ArrivalRelay.class.getName());

    @Inject
    Event<ComplaintArrived> arrived;

    void onFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintFiled filed) {
        tell(new ComplaintArrived(filed.trackingNumber(), filed.channel()));
    }

    /** Filed through another server; the relay coalesces a burst into one (the windows re-read their queue). */
    void onFiledElsewhere(@Observes RelayedEvent event) {
        if (event.kind() == RelayedEvent.Kind.COMPLAINT_FILED) {
            // the relay carries no channel: the windows do not use it, they read the queue
            tell(new ComplaintArrived(event.subject(), null));
        }
    }

    private void tell(ComplaintArrived arrival) {
        arrived.fireAsync(arrival).exceptionally(failure -> {
            // a window that misses the push still reads its queue on its next refresh
            LOG.log(Level.WARNING, "Telling the windows about {0} failed: {1}",
                    new Object[] {arrival.trackingNumber(), failure.toString()});
            return null;
        });
    }
}
