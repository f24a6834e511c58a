package org.servicehall.ui.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.servicehall.ui.facade.event.ComplaintArrived;

/**
 * Tells open reception windows over their web socket that a complaint arrived; the window then
 * reads the new-complaints queue itself, so nothing of the complaint travels in the message. Told
 * asynchronously, after the filing's commit, off the filing's request thread.
 */
@ApplicationScoped
public class ArrivalPush {

    /** The message open windows listen for. */
    public static final String ARRIVED = "arrived";

    @Inject
    @Push(channel = "arrivals")
    PushContext arrivals;

    void onArrival(@ObservesAsync ComplaintArrived arrival) {
        arrivals.send(ARRIVED);
    }
}
