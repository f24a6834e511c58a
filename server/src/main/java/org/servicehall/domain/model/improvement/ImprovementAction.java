package org.servicehall.domain.model.improvement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * An improvement action (整改): a change to rules, processes, facilities or training that one or
 * more complaints showed was needed, with an owner and a deadline, tracked until it is done.
 */
@Entity
@Table(name = "IMPROVEMENT_ACTION")
@NamedQuery(name = "ImprovementAction.all", query = "SELECT a FROM ImprovementAction a ORDER BY a.status, a.dueOn")
public class ImprovementAction {

    /** Where the action stands. */
    public enum Status {
        OPEN, IN_PROGRESS, DONE, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvementIds")
    @SequenceGenerator(name = "improvementIds", sequenceName = "IMPROVEMENT_SEQ", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "DESCRIPTION", nullable = false, length = 2000)
    private String description;

    @Column(name = "OWNER", nullable = false, length = 64)
    private String owner;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private Status status;

    @Column(name = "PROGRESS", length = 2000)
    private String progress;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "OUTCOME", length = 2000)
    private String outcome;

    @ElementCollection
    @CollectionTable(name = "IMPROVEMENT_CASE", joinColumns = @JoinColumn(name = "IMPROVEMENT_ID"))
    @Column(name = "TRACKING_NUMBER", length = 20)
    private Set<String> cases = new LinkedHashSet<>();

    protected ImprovementAction() {
        // for JPA
    }

    public ImprovementAction(String title, String description, String owner, LocalDate dueOn,
                             List<TrackingNumber> cases, Actor raisedBy, Instant at) {
        requireSupervisor(raisedBy, "raise");
        this.title = text(title, 200, "title");
        this.description = text(description, 2000, "description");
        this.owner = text(owner, 64, "owner");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        if (cases == null || cases.isEmpty()) {
            throw new TransitionRefused("required", "cases");
        }
        cases.forEach(number -> this.cases.add(number.value()));
        this.status = Status.OPEN;
        this.createdAt = at;
        this.createdBy = raisedBy.id();
    }

    /** The owner (or a supervisor) reports progress; the action is then in progress. */
    public void reportProgress(String text, Actor actor) {
        requireOpen();
        if (!actor.id().equals(owner)) {
            requireSupervisor(actor, "reportProgress");
        }
        this.progress = text(text, 2000, "progress");
        this.status = Status.IN_PROGRESS;
    }

    public void linkCase(TrackingNumber number, Actor actor) {
        requireOpen();
        requireSupervisor(actor, "linkCase");
        cases.add(number.value());
    }

    /** Closes the action as done (with the outcome) or cancelled (with the reason). */
    public void close(boolean done, String outcome, Actor actor, Instant at) {
        requireOpen();
        requireSupervisor(actor, "close");
        this.outcome = text(outcome, 2000, "outcome");
        this.status = done ? Status.DONE : Status.CANCELLED;
        this.closedAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return (status == Status.OPEN || status == Status.IN_PROGRESS) && dueOn.isBefore(today);
    }

    private void requireOpen() {
        if (status == Status.DONE || status == Status.CANCELLED) {
            throw new TransitionRefused("state", "improvement", status);
        }
    }

    private static void requireSupervisor(Actor actor, String action) {
        if (actor.role() != Actor.Role.SUPERVISOR) {
            throw new TransitionRefused("role", action, actor.role());
        }
    }

    private static String text(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new TransitionRefused("required", field);
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new TransitionRefused("tooLong", field, max);
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public Optional<String> progress() {
        return Optional.ofNullable(progress);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Set<String> cases() {
        return Collections.unmodifiableSet(cases);
    }
}
