package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The wrong query codes typed for one tracking number, through any channel, and the lock they led
 * to. Tracking numbers are sequential, so the six-digit code is all that keeps a stranger out: after
 * {@link ProofPolicy#maxFailures()} wrong codes in a row the number is locked for a while, during which
 * even the right code is refused, and the complainant goes to a window for a new one. A right code
 * starts the count afresh, as does the end of a lock and a code reissued by staff.
 */
@Entity
@Table(name = "PROOF_FAILURE")
public class ProofFailures {

    @Id
    @Column(name = "TRACKING_NUMBER", length = 20)
    private String trackingNumber;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "LAST_FAILED_AT")
    private Instant lastFailedAt;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    protected ProofFailures() {
        // for JPA
    }

    private ProofFailures(TrackingNumber number) {
        this.trackingNumber = Objects.requireNonNull(number, "number").value();
    }

    /** A number no wrong code has been typed for yet. */
    public static ProofFailures none(TrackingNumber number) {
        return new ProofFailures(number);
    }

    public TrackingNumber trackingNumber() {
        return new TrackingNumber(trackingNumber);
    }

    /** Wrong codes in a row so far (since the last right one, lock or reissue). */
    public int failures() {
        return failures;
    }

    public Optional<Instant> lastFailedAt() {
        return Optional.ofNullable(lastFailedAt);
    }

    /** Until when the number is locked, if it is locked at {@code now}. */
    public Optional<Instant> lockedUntil(Instant now) {
        return isLocked(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * A wrong code typed at {@code at}. While the number is locked nothing is counted (the code was
     * not even compared); once a lock has run out, the count starts again from this one.
     *
     * @return whether the number is locked now
     */
    public boolean fail(Instant at, ProofPolicy policy) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(policy, "policy");
        if (isLocked(at)) {
            return true;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            failures = 0;
        }
        failures++;
        lastFailedAt = at;
        if (failures >= policy.maxFailures()) {
            lockedUntil = at.plus(policy.lockFor());
            return true;
        }
        return false;
    }

    /**
     * The right code typed at {@code at}: admitted unless the number is locked, and then the wrong
     * ones before it no longer count.
     *
     * @return whether it is admitted
     */
    public boolean pass(Instant at) {
        if (isLocked(at)) {
            return false;
        }
        failures = 0;
        lockedUntil = null;
        return true;
    }

    /** Whether nothing is held against the number: no wrong code in a row, no lock (not even a past one). */
    public boolean isClean() {
        return failures == 0 && lockedUntil == null;
    }

    /** Staff handed over a new code: the wrong tries of the old one no longer count, and a lock ends. */
    public void clear() {
        failures = 0;
        lockedUntil = null;
    }
}
