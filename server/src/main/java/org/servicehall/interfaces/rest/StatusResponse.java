package org.servicehall.interfaces.rest;

import java.time.Instant;
import java.util.List;

/**
 * The public view of a complaint: progress only, no personal data, no description. Without the
 * query code only the number and the stage (the other fields are absent).
 */
public record StatusResponse(String trackingNumber, String status, String statusLabel, String channel,
                             CategoryJson category, Instant receivedAt, List<Step> steps) {

    /** What anyone with the number may know: that the complaint exists, and its stage. */
    static StatusResponse stageOnly(String trackingNumber, String status, String statusLabel) {
        return new StatusResponse(trackingNumber, status, statusLabel, null, null, null, null);
    }

    /** One step of the timeline. */
    public record Step(String action, String actionLabel, String status, String statusLabel, Instant at) {
    }
}
