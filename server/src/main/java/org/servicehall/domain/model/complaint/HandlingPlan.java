package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * The handling plan (处理方案): the measures, who is responsible, by when; and, for plans that
 * need it, the supervisor's approval.
 */
@Embeddable
public class HandlingPlan {

    @Column(name = "PLAN_MEASURES", length = 2000)
    private String measures;

    @Column(name = "PLAN_RESPONSIBLE", length = 100)
    private String responsible;

    @Column(name = "PLAN_DUE_ON")
    private LocalDate dueOn;

    @Column(name = "PLAN_APPROVAL_REQUIRED")
    private Boolean approvalRequired;

    @Column(name = "PLAN_PROPOSED_AT")
    private Instant proposedAt;

    @Column(name = "PLAN_PROPOSED_BY", length = 64)
    private String proposedBy;

    @Column(name = "PLAN_APPROVED_AT")
    private Instant approvedAt;

    @Column(name = "PLAN_APPROVED_BY", length = 64)
    private String approvedBy;

    protected HandlingPlan() {
        // for JPA
    }

    public HandlingPlan(String measures, String responsible, LocalDate dueOn) {
        this.measures = Texts.required(measures, 2000, "measures");
        this.responsible = Texts.required(responsible, 100, "responsible");
        if (dueOn == null) {
            throw new TransitionRefused("required", "dueOn");
        }
        this.dueOn = dueOn;
    }

    HandlingPlan proposed(boolean needsApproval, Instant at, String by) {
        HandlingPlan copy = new HandlingPlan(measures, responsible, dueOn);
        copy.approvalRequired = needsApproval;
        copy.proposedAt = at;
        copy.proposedBy = by;
        return copy;
    }

    void approve(Instant at, String by) {
        this.approvedAt = at;
        this.approvedBy = by;
    }

    /** As the history shows it: the measures, who is responsible, by when. */
    String summary() {
        return measures + " — " + responsible + ", " + dueOn;
    }

    public String measures() {
        return measures;
    }

    public String responsible() {
        return responsible;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean approvalRequired() {
        return Boolean.TRUE.equals(approvalRequired);
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }
}
