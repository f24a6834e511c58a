package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * A possible duplicate found at registration: another complaint from the same contact, or about
 * the same staff member in the same category, within the configured window. A clerk confirms or
 * dismisses it.
 */
@Entity
@Table(name = "DUPLICATE_FLAG")
public class DuplicateFlag {

    /** Why the two complaints look alike. */
    public enum Reason {
        SAME_CONTACT, SAME_STAFF_AND_CATEGORY
    }

    /** What a clerk decided. */
    public enum State {
        OPEN, CONFIRMED, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = CaseItemIds.GENERATOR)
    @SequenceGenerator(name = CaseItemIds.GENERATOR, sequenceName = CaseItemIds.SEQUENCE, allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMPLAINT_ID", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "OTHER_TRACKING_NUMBER", nullable = false, updatable = false, length = 20)
    private String otherTrackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", nullable = false, updatable = false, length = 30)
    private Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private State state;

    @Column(name = "FLAGGED_AT", nullable = false, updatable = false)
    private Instant flaggedAt;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    protected DuplicateFlag() {
        // for JPA
    }

    DuplicateFlag(Complaint complaint, TrackingNumber other, Reason reason, Instant at) {
        this.complaint = complaint;
        this.otherTrackingNumber = other.value();
        this.reason = reason;
        this.state = State.OPEN;
        this.flaggedAt = at;
    }

    void decide(boolean confirmed, Instant at, String by) {
        if (state != State.OPEN) {
            throw new TransitionRefused("duplicateDecided");
        }
        this.state = confirmed ? State.CONFIRMED : State.DISMISSED;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public Long id() {
        return id;
    }

    public TrackingNumber otherTrackingNumber() {
        return new TrackingNumber(otherTrackingNumber);
    }

    public Reason reason() {
        return reason;
    }

    public State state() {
        return state;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }
}
