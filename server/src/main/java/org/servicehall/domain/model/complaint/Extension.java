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
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * A request to extend a stage's deadline, with its reason; it moves the deadline only when a
 * supervisor approves. Both deadlines stay on record.
 */
@Entity
@Table(name = "DEADLINE_EXTENSION")
public class Extension {

    /** Where the request stands. */
    public enum State {
        PENDING, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = CaseItemIds.GENERATOR)
    @SequenceGenerator(name = CaseItemIds.GENERATOR, sequenceName = CaseItemIds.SEQUENCE, allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMPLAINT_ID", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, updatable = false, length = 20)
    private Stage stage;

    @Column(name = "PREVIOUS_DUE", updatable = false)
    private Instant previousDue;

    @Column(name = "REQUESTED_DUE", nullable = false, updatable = false)
    private Instant requestedDue;

    @Column(name = "REASON", nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "REQUESTED_AT", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "REQUESTED_BY", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private State state;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECISION_NOTE", length = 500)
    private String decisionNote;

    protected Extension() {
        // for JPA
    }

    Extension(Complaint complaint, Stage stage, Instant previousDue, Instant requestedDue, String reason,
              Instant at, String by) {
        this.complaint = complaint;
        this.stage = stage;
        this.previousDue = previousDue;
        this.requestedDue = requestedDue;
        this.reason = Texts.required(reason, 1000, "reason");
        this.requestedAt = at;
        this.requestedBy = by;
        this.state = State.PENDING;
    }

    void decide(boolean approved, String note, Instant at, String by) {
        if (state != State.PENDING) {
            throw new TransitionRefused("extensionDecided");
        }
        String text = approved ? Texts.optional(note, 500, "note") : Texts.required(note, 500, "note");
        this.state = approved ? State.APPROVED : State.REJECTED;
        this.decisionNote = text;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    /** As the history shows the request: the stage, its deadline now and the one asked for, and why. */
    String requestSummary() {
        return stage + " " + previousDue + " → " + requestedDue + ": " + reason;
    }

    /** As the history shows the decision: the stage, its deadline before and after, and the note. */
    String decisionSummary() {
        String before = previousDue().map(Instant::toString).orElse("-");
        return stage + " " + before + " → " + (state == State.APPROVED ? requestedDue.toString() : before)
                + decisionNote().map(n -> ": " + n).orElse("");
    }

    public Long id() {
        return id;
    }

    public Stage stage() {
        return stage;
    }

    public Optional<Instant> previousDue() {
        return Optional.ofNullable(previousDue);
    }

    public Instant requestedDue() {
        return requestedDue;
    }

    public String reason() {
        return reason;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public State state() {
        return state;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }
}
