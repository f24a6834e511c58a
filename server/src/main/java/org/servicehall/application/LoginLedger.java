package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where wrong passwords and locks are kept, for every server of the hall: one row per user name,
 * changed by single statements so that concurrent logins on several servers count exactly.
 */
public interface LoginLedger {

    /** Until when the name is locked (may lie in the past) and its wrong passwords in the window. */
    record Row(Optional<Instant> lockedUntil, int failures, Instant firstFailedAt) {
    }

    Optional<Row> find(String username);

    /**
     * Counts a wrong password in one transaction: restarts the count when the first counted one
     * is older than {@code windowStart}, and locks the name until {@code lockUntil} (the count starting
     * afresh) when it reaches {@code maxFailures}.
     *
     * @return the failures counted before a lock, or empty when this failure locked the name
     */
    Optional<Integer> countFailure(String username, Instant now, Instant windowStart, int maxFailures, Instant lockUntil);

    /** Forgets the name's wrong passwords unless it is locked at {@code now}. */
    void forget(String username, Instant now);

    /** Removes the name's row, lock included; true when there was one. */
    boolean remove(String username);

    /** Rows neither locked at {@code now} nor failed since {@code staleBefore}: forgotten. */
    void prune(Instant now, Instant staleBefore);

    List<LoginThrottle.Lock> lockedAt(Instant now);

    void record(LoginThrottle.Event event);

    List<LoginThrottle.Event> latest(int max);
}
