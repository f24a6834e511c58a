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

/** One entry of the investigation record (调查笔录): what was done to find the facts, and what came out. */
@Entity
@Table(name = "INVESTIGATION_NOTE")
public class InvestigationNote {

    /** How the information was gathered. */
    public enum Kind {
        INTERVIEW, RECORDS_CHECKED, CCTV_REVIEWED, SITE_VISIT, COMPLAINANT_CONTACT, OTHER
    }

    public static final int TEXT_MAX_LENGTH = 4000;

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

    @Column(name = "TEXT", nullable = false, updatable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected InvestigationNote() {
        // for JPA
    }

    InvestigationNote(Complaint complaint, Kind kind, String text, Instant at, String by) {
        if (kind == null) {
            throw new TransitionRefused("required", "kind");
        }
        this.complaint = complaint;
        this.kind = kind;
        this.text = Texts.required(text, TEXT_MAX_LENGTH, "text");
        this.recordedAt = at;
        this.recordedBy = by;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
