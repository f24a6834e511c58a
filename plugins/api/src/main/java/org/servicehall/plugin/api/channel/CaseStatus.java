package org.servicehall.plugin.api.channel;

import java.time.Instant;
import java.util.Objects;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * What anyone holding a tracking number may know of a complaint: never personal data, the
 * description or internal notes.
 */
public final class CaseStatus {

    private final String trackingNumber;
    private final String status;
    private final LocalizedText statusLabel;
    private final String channelCode;
    private final String categoryCode;
    private final LocalizedText categoryLabel;
    private final Instant receivedAt;
    private final Instant updatedAt;
    private final boolean finished;

    /**
     * @param status   the state's code, e.g. {@code INVESTIGATING}
     * @param finished the complaint is closed, resolved, redirected or archived
     */
    public CaseStatus(String trackingNumber, String status, LocalizedText statusLabel, String channelCode,
                      String categoryCode, LocalizedText categoryLabel, Instant receivedAt, Instant updatedAt,
                      boolean finished) {
        this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
        this.status = Objects.requireNonNull(status, "status");
        this.statusLabel = Objects.requireNonNull(statusLabel, "statusLabel");
        this.channelCode = Objects.requireNonNull(channelCode, "channelCode");
        this.categoryCode = Objects.requireNonNull(categoryCode, "categoryCode");
        this.categoryLabel = Objects.requireNonNull(categoryLabel, "categoryLabel");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.finished = finished;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String status() {
        return status;
    }

    public LocalizedText statusLabel() {
        return statusLabel;
    }

    public String channelCode() {
        return channelCode;
    }

    public String categoryCode() {
        return categoryCode;
    }

    /** The category's label as it was when the complaint was filed (kept after its plugin is gone). */
    public LocalizedText categoryLabel() {
        return categoryLabel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** When the last visible step happened. */
    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean finished() {
        return finished;
    }
}
