package org.servicehall.infrastructure.persistence;

import org.servicehall.application.ChannelOutbox.Change;

/** A change waiting for delivery: its row id and how often it was tried. */
public record PendingChange(long id, int attempts, Change change) {
}
