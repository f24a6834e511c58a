package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A piece of evidence kept with the case: a file stored once and never overwritten, identified by
 * its SHA-256 so that anyone can check it is the file that was handed in.
 */
@Entity
@Table(name = "EVIDENCE")
public class Evidence {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = CaseItemIds.GENERATOR)
    @SequenceGenerator(name = CaseItemIds.GENERATOR, sequenceName = CaseItemIds.SEQUENCE, allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMPLAINT_ID", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "FILE_NAME", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "STORAGE_KEY", nullable = false, updatable = false, length = 200)
    private String storageKey;

    @Column(name = "DESCRIPTION", updatable = false, length = 500)
    private String description;

    @Column(name = "ADDED_AT", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "ADDED_BY", nullable = false, updatable = false, length = 64)
    private String addedBy;

    protected Evidence() {
        // for JPA
    }

    Evidence(Complaint complaint, StoredFile file, String description, Instant at, String by) {
        if (!SHA256.matcher(file.sha256()).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
        this.complaint = complaint;
        this.fileName = Texts.required(file.fileName(), 200, "fileName");
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.description = Texts.optional(description, 500, "description");
        this.addedAt = at;
        this.addedBy = by;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String description() {
        return description;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    /** A file already written to the evidence store. */
    public record StoredFile(String fileName, String contentType, long size, String sha256, String storageKey) {
    }
}
