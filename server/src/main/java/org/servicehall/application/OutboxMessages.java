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
                  int attempts, String lastError, Instant notBefore) {
        public boolean delivered() {
            return deliveredAt != null;
        }
    }

    /** The newest messages, at most {@code max}, only those about one complaint when a tracking number is given. */
    List<Posted> recent(String trackingNumber, int max);

    /**
     * One notifier's delivery of one message about a complaint: what the case screen lists.
     *
     * @param notBefore   when it may go out at the earliest (quiet hours, the daily limit, a retry), or null
     * @param completedAt when every notifier routed it had sent it (or it was held back), or null
     * @param notifierId  the notifier, or null when none has tried it yet
     * @param state       {@code SENT}, {@code FAILED}, {@code DELIVERED} or {@code UNDELIVERED} (a gateway's
     *                    report), or null when no notifier has tried it yet
     */
    record Delivery(long outboxId, String kind, Outbox.RecipientKind recipientKind, String recipientId, String subjectZh,
                    String subjectEn, Instant createdAt, Instant notBefore, Instant completedAt, String completedBy,
                    String notifierId, String state, Instant sentAt, String report, String lastError) {
    }

    /** What was sent about a complaint, to whom, by which notifier, and its state; newest first. */
    List<Delivery> deliveries(String trackingNumber, int max);
}
