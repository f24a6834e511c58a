package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** When a complaint was archived and from which state, to which a reopening returns it. */
@Embeddable
public class ArchiveMark {

    @Enumerated(EnumType.STRING)
    @Column(name = "ARCHIVED_FROM", length = 30)
    private ComplaintStatus from;

    @Column(name = "ARCHIVED_AT")
    private Instant at;

    protected ArchiveMark() {
        // for JPA
    }

    ArchiveMark(ComplaintStatus from, Instant at) {
        this.from = from;
        this.at = at;
    }

    public ComplaintStatus from() {
        return from;
    }

    public Instant at() {
        return at;
    }
}
