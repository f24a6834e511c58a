package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Status changes of complaints from channel plugins, waiting to be reported back to the
 * counterpart: written in the transaction of the change, so none is lost, and handed to the
 * channel's adapter until it acknowledges.
 */
public interface ChannelOutbox {

    /** One change to report; {@code changeId} is stable, the receiver's key for idempotency. */
    record Change(String channelId, String changeId, String kind, String trackingNumber, String externalReference,
                  int historySequence, Instant occurredAt, String status, String reason, String finding,
                  String findingText, List<String> measures, String feedback) {
        public Change {
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(changeId, "changeId");
            Objects.requireNonNull(kind, "kind");
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    /** Keeps a change unless it is kept already (same channel and change id); in the caller's transaction. */
    void keep(Change change);

    /** The highest history sequence of the complaint already kept for this channel; -1 when none. */
    int lastSequence(String channelId, String trackingNumber);
}
