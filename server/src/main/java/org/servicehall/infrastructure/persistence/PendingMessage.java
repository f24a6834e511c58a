package org.servicehall.infrastructure.persistence;

import org.servicehall.application.Outbox.Message;

/** A message waiting for delivery, with its id. */
public record PendingMessage(long id, Message message, int attempts) {
}
