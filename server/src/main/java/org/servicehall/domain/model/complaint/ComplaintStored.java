package org.servicehall.domain.model.complaint;

import java.util.Objects;

/**
 * Told after a complaint was stored (filed or changed): what escalation rules and notices react to.
 *
 * @param firstNewSequence the sequence of the first history entry this store added; entries from
 *                         it on are the steps just taken (one more than the last sequence when the
 *                         store added none)
 */
public record ComplaintStored(TrackingNumber trackingNumber, int firstNewSequence) {

    public ComplaintStored {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
    }

    /** A store whose new steps are not known: observers that need them see none. */
    public ComplaintStored(TrackingNumber trackingNumber) {
        this(trackingNumber, Integer.MAX_VALUE);
    }
}
