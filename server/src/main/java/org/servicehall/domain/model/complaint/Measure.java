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
import org.servicehall.domain.shared.TransitionRefused;

/** A measure of the handling plan, recorded when it was carried out (处理实施). */
@Entity
@Table(name = "MEASURE")
public class Measure {

    /** What was done. */
    public enum Kind {
        APOLOGY, OPERATION_CORRECTED, BUSINESS_REDONE, STAFF_EDUCATED, STAFF_DISCIPLINED, RULE_IMPROVED,
        PROCESS_IMPROVED, EXPLANATION_GIVEN, OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = CaseItemIds.GENERATOR)
    @SequenceGenerator(name = CaseItemIds.GENERATOR, sequenceName = CaseItemIds.SEQUENCE, allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMPLAINT_ID", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 30)
    private Kind kind;

    @Column(name = "DETAILS", nullable = false, updatable = false, length = 2000)
    private String details;

    @Column(name = "DONE_AT", nullable = false, updatable = false)
    private Instant doneAt;

    @Column(name = "DONE_BY", nullable = false, updatable = false, length = 64)
    private String doneBy;

    protected Measure() {
        // for JPA
    }

    Measure(Complaint complaint, Kind kind, String details, Instant at, String by) {
        if (kind == null) {
            throw new TransitionRefused("required", "kind");
        }
        this.complaint = complaint;
        this.kind = kind;
        this.details = Texts.required(details, 2000, "details");
        this.doneAt = at;
        this.doneBy = by;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String details() {
        return details;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}
