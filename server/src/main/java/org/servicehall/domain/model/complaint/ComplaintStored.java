package org.servicehall.domain.model.complaint;

import java.util.Objects;

/** Told after a complaint was stored (filed or changed): what escalation rules react to. */
public record ComplaintStored(TrackingNumber trackingNumber) {

    public ComplaintStored {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
    }
}
