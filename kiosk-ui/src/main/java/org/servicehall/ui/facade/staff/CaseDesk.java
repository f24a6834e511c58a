package org.servicehall.ui.facade.staff;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The case desk of the staff screens: the reception window, the queues and the case with its
 * steps. Every call acts as the logged-in staff member, with their role checked by the system;
 * refusals throw {@link StepRefusedException} in words.
 */
public interface CaseDesk {

    // ---------------------------------------------------------------- reception window

    /** Registers a complaint made at the window and gives the first response chosen on the form. */
    CaseSheet receiveAtWindow(WindowForm form, Locale locale);

    /**
     * Complaints that may be the one being registered: from the same phone number (at most five,
     * the newest first, reason {@code SAME_PHONE}), then open ones of the last 30 days in the same
     * category about the same staff member, picked from the directory or named in words (reason
     * {@code SAME_STAFF_AND_CATEGORY}). Each complaint is listed once.
     */
    List<DuplicateHint> possibleDuplicates(String phone, String staffId, String staffNamed, String categoryCode,
                                           Locale locale);

    // ---------------------------------------------------------------- queues and cases

    QueuePage queue(QueueQuery query, Locale locale);

    CaseSheet caseSheet(String trackingNumber, Locale locale);

    /** What was sent about a case, to whom, by which notifier, and its state; newest first. */
    List<CaseMessage> caseMessages(String trackingNumber, Locale locale);

    /** The complainant's unmasked data; the read is recorded in the audit trail. */
    CaseSheet.Person unmask(String trackingNumber, String purpose, Locale locale);

    /** Takes a step on the case as it was at {@code version}; answers the case as it is now. */
    CaseSheet take(String trackingNumber, long version, CaseStep step, Locale locale);

    /**
     * Adds an evidence file to the case; the system decides the file's type from its first bytes
     * and refuses other types and files over its size limit.
     */
    CaseSheet addEvidence(String trackingNumber, long version, String fileName, String description,
                          InputStream content, Locale locale);

    /** An evidence file of the case, for download; the caller closes the stream. */
    EvidenceDownload evidence(String trackingNumber, long evidenceId, Locale locale);

    /** An evidence file's name, type, and bytes. */
    record EvidenceDownload(String fileName, String contentType, long size, InputStream content) {
    }
}
