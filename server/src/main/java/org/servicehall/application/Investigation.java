package org.servicehall.application;

import java.io.InputStream;

/** Stage 3: investigation notes, evidence files, and the finding. */
public interface Investigation {

    CaseView addNote(String trackingNumber, Long expectedVersion, String kind, String text);

    CaseView addEvidence(String trackingNumber, Long expectedVersion, String fileName, String contentType,
                         String description, InputStream content);

    /** An evidence file for download, checked against its recorded SHA-256 size. */
    EvidenceFile openEvidence(String trackingNumber, long evidenceId);

    CaseView recordFinding(String trackingNumber, Long expectedVersion, FindingReport report);

    record FindingReport(String outcome, String substantiatedParts, String cause, String causeOther, String basis) {
    }

    record EvidenceFile(String fileName, String contentType, long size, String sha256, InputStream content) {
    }
}
