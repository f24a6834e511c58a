package org.servicehall.domain.model.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * An open complaint and its current deadline: one place in the list the escalation schedule walks,
 * ordered by the deadline and then the tracking number, so a walk can go on after any place.
 */
public record DueComplaint(TrackingNumber trackingNumber, Instant due) {

    public DueComplaint {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(due, "due");
    }
}
