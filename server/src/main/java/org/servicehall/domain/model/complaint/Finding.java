package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * The facts as determined (事实认定): whether the complaint is substantiated, which parts, the
 * cause from the taxonomy, and the basis for the finding.
 */
@Embeddable
public class Finding {

    /** Whether what the complainant said is true. */
    public enum Outcome {
        SUBSTANTIATED, PARTLY_SUBSTANTIATED, NOT_SUBSTANTIATED
    }

    /** Why it happened. */
    public enum Cause {
        STAFF_ERROR, PROCESS_GAP, POLICY_MISUNDERSTANDING, SYSTEM_OR_FACILITY_FAULT, OBJECTIVE_FACTOR, OTHER
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "FINDING_OUTCOME", length = 30)
    private Outcome outcome;

    @Column(name = "FINDING_PARTS", length = 1000)
    private String substantiatedParts;

    @Enumerated(EnumType.STRING)
    @Column(name = "FINDING_CAUSE", length = 30)
    private Cause cause;

    @Column(name = "FINDING_CAUSE_OTHER", length = 200)
    private String causeOther;

    @Column(name = "FINDING_BASIS", length = 1000)
    private String basis;

    @Column(name = "FINDING_AT")
    private Instant recordedAt;

    @Column(name = "FINDING_BY", length = 64)
    private String recordedBy;

    protected Finding() {
        // for JPA
    }

    /**
     * @param substantiatedParts which parts are true; required unless not substantiated
     * @param causeOther         the cause in words; required when the cause is OTHER
     * @param basis              the evidence and rules the finding rests on
     */
    public Finding(Outcome outcome, String substantiatedParts, Cause cause, String causeOther, String basis) {
        if (outcome == null) {
            throw new TransitionRefused("required", "outcome");
        }
        if (cause == null) {
            throw new TransitionRefused("required", "cause");
        }
        this.outcome = outcome;
        this.substantiatedParts = outcome == Outcome.NOT_SUBSTANTIATED
                ? Texts.optional(substantiatedParts, 1000, "substantiatedParts")
                : Texts.required(substantiatedParts, 1000, "substantiatedParts");
        this.cause = cause;
        this.causeOther = cause == Cause.OTHER
                ? Texts.required(causeOther, 200, "causeOther") : Texts.optional(causeOther, 200, "causeOther");
        this.basis = Texts.required(basis, 1000, "basis");
    }

    Finding recorded(Instant at, String by) {
        Finding copy = new Finding(outcome, substantiatedParts, cause, causeOther, basis);
        copy.recordedAt = at;
        copy.recordedBy = by;
        return copy;
    }

    /** As the history shows it: the outcome and the cause, and which parts were substantiated. */
    String summary() {
        return outcome + ", " + cause + causeOther().map(o -> " (" + o + ")").orElse("")
                + substantiatedParts().map(p -> ": " + p).orElse("");
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<String> substantiatedParts() {
        return Optional.ofNullable(substantiatedParts);
    }

    public Cause cause() {
        return cause;
    }

    public Optional<String> causeOther() {
        return Optional.ofNullable(causeOther);
    }

    public String basis() {
        return basis;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
