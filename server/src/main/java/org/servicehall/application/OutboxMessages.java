package org.servicehall.application;

import java.time.Instant;
import java.util.List;

/** What the outbox holds, for supervisors and IT: each message with whether a notifier delivered it. */
public interface OutboxMessages {

    /**
     * A message as kept, with its delivery: delivered when a notifier took it (by that notifier's
     * id), pending otherwise.
     */
    record Posted(long id, Instant createdAt, Outbox.Message message, Instant deliveredAt, String deliveredBy,
                  int attempts, String lastError) {
        public boolean delivered() {
            return deliveredAt != null;
        }
    }

    /** The newest messages, at most {@code max}, only those about one complaint when a tracking number is given. */
    List<Posted> recent(String trackingNumber, int max);
}
