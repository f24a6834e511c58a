package org.servicehall.application;

import java.time.Instant;

/**
 * Someone else changed the complaint since the caller read it: the caller must reload and decide
 * again. Names who changed it and when.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final transient Instant changedAt;
    private final long currentVersion;

    public ConcurrentChangeException(String changedBy, Instant changedAt, long currentVersion) {
        super("changed by " + changedBy + " at " + changedAt, null, false, false);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
