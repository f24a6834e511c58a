package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.ComplaintFiled;
import org.servicehall.ui.facade.event.ComplaintArrived;

/**
 * Passes the application's "complaint filed" on to the screens as their own event, once the
 * filing is committed (so a window that reads its queue finds the complaint), on another thread:
 * the filing's answer never waits for the pushes to open windows.
 */
@ApplicationScoped
public class ArrivalRelay {

    private static final Logger LOG = Logger.getLogger(ArrivalRelay.class.getName());

    @Inject
    Event<ComplaintArrived> arrived;

    void onFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintFiled filed) {
        arrived.fireAsync(new ComplaintArrived(filed.trackingNumber(), filed.channel())).exceptionally(failure -> {
            // a window that misses the push still reads its queue on its next refresh
            LOG.log(Level.WARNING, "Telling the windows about {0} failed: {1}",
                    new Object[] {filed.trackingNumber(), failure.toString()});
            return null;
        });
    }
}
