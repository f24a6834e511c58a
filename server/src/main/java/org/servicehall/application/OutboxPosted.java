package org.servicehall.application;

/**
 * A message was put into the outbox; observed after the commit (the staff inbox tells open screens).
 * Carries only its addressee, never its text.
 */
public record OutboxPosted(Outbox.RecipientKind recipientKind, String recipientId) {
}
