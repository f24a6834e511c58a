package org.servicehall.interfaces.rest;

import java.time.Instant;

/** One message as the API shows it. */
public record MessageJson(long id, Instant createdAt, String recipientKind, String recipientId, String trackingNumber,
                          String subjectZh, String subjectEn, String bodyZh, String bodyEn, String state,
                          Instant deliveredAt, String deliveredBy, int attempts, String kind, Instant notBefore) {
}
