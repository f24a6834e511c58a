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
import org.servicehall.domain.shared.Actor;

/**
 * One step in a complaint's life: who did what, in which role, from which terminal, when, and the
 * state before and after. Entries are only ever appended; none is changed or removed.
 */
@Entity
@Table(name = "COMPLAINT_HISTORY")
public class HistoryEntry {

    public static final int SUMMARY_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "historyIds")
    @SequenceGenerator(name = "historyIds", sequenceName = "HISTORY_SEQ", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMPLAINT_ID", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "SEQ", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, updatable = false, length = 40)
    private HistoryAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", updatable = false, length = 30)
    private ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, updatable = false, length = 30)
    private ComplaintStatus toStatus;

    @Column(name = "ACTOR_ID", nullable = false, updatable = false, length = 64)
    private String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTOR_ROLE", nullable = false, updatable = false, length = 20)
    private Actor.Role actorRole;

    @Column(name = "TERMINAL", nullable = false, updatable = false, length = 40)
    private String terminal;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "SUMMARY", updatable = false, length = SUMMARY_MAX_LENGTH)
    private String summary;

    protected HistoryEntry() {
        // for JPA
    }

    HistoryEntry(Complaint complaint, int sequence, HistoryAction action, ComplaintStatus fromStatus,
                 ComplaintStatus toStatus, Actor actor, Instant occurredAt, String summary) {
        this.complaint = complaint;
        this.sequence = sequence;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actor.id();
        this.actorRole = actor.role();
        this.terminal = actor.terminal();
        this.occurredAt = occurredAt;
        this.summary = summary == null || summary.length() <= SUMMARY_MAX_LENGTH
                ? summary : summary.substring(0, SUMMARY_MAX_LENGTH);
    }

    public int sequence() {
        return sequence;
    }

    /** Not stored yet: a step taken in the current unit of work. */
    public boolean isNew() {
        return id == null;
    }

    public HistoryAction action() {
        return action;
    }

    public Optional<ComplaintStatus> fromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public ComplaintStatus toStatus() {
        return toStatus;
    }

    public Actor actor() {
        return new Actor(actorId, actorRole, terminal);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }
}
