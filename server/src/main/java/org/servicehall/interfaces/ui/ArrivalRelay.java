package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.servicehall.application.ComplaintFiled;
import org.servicehall.ui.facade.event.ComplaintArrived;

/** Passes the application's "complaint filed" on to the screens as their own event. */
@ApplicationScoped
public class ArrivalRelay {

    @Inject
    Event<ComplaintArrived> arrived;

    void onFiled(@Observes ComplaintFiled filed) {
        arrived.fire(new ComplaintArrived(filed.trackingNumber(), filed.channel()));
    }
}
