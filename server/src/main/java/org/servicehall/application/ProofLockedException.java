package org.servicehall.application;

import java.time.Instant;

/**
 * Too many wrong query codes were typed for this tracking number: lookups, ratings and appeals are
 * refused, even with the right code, until {@link #lockedUntil()}. The complainant is sent to a
 * window, where staff can hand them a new code (which also ends the lock).
 */
public class ProofLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Instant lockedUntil;

    public ProofLockedException(String trackingNumber, Instant lockedUntil) {
        super("lookups of " + trackingNumber + " locked until " + lockedUntil, null, false, false);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
