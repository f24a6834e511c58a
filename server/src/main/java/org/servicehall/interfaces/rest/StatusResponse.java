package org.servicehall.interfaces.rest;

import java.time.Instant;
import java.util.List;

/** The public view of a complaint: progress only, no personal data, no description. */
public record StatusResponse(String trackingNumber, String status, String statusLabel, String channel,
                             CategoryJson category, Instant receivedAt, List<Step> steps) {

    /** One step of the timeline. */
    public record Step(String action, String actionLabel, String status, String statusLabel, Instant at) {
    }
}
