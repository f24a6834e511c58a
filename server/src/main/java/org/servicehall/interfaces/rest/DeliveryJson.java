package org.servicehall.interfaces.rest;

import java.time.Instant;

/** One notifier's delivery of one message about a complaint. */
public record DeliveryJson(long messageId, String kind, String recipientKind, String recipientId, Instant createdAt,
                           Instant notBefore, Instant completedAt, String notifier, String state, Instant sentAt,
                           String report) {
}
