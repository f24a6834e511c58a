package org.servicehall.ui.facade.staff;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the staff screens ask of the system. Every call acts as the logged-in staff member, with
 * their role checked by the system; refusals throw {@link StepRefusedException} in words.
 */
public interface StaffFacade {

    /** The logged-in staff member; empty roles when nobody is logged in. */
    Me me();

    /**
     * Whether this server has no staff account to log in with yet: a deployed server whose operator
     * has not named the first administrator (the login page says so instead of just refusing).
     */
    boolean noStaffAccount();

    /**
     * After a refused login: whether staff come from a directory that cannot be reached now, so the
     * login page says the directory is away instead of blaming the password.
     */
    default boolean staffDirectoryUnreachable() {
        return false;
    }

    // ---------------------------------------------------------------- reference data

    List<Option> categories(Locale locale);

    /** Departments of the center (for assignments). */
    List<Option> departments(Locale locale);

    /** External agencies (for redirects), with their contact as detail. */
    List<Option> agencies(Locale locale);

    /** Handlers of a department, with their display name as label. */
    List<Option> handlers(String departmentCode);

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

    // ---------------------------------------------------------------- supervisor

    /** Active staff of every department, for owners and pickers: user name, display name, department. */
    List<Option> staff();

    /** Every improvement action, open ones first. */
    List<Improvement> improvements(Locale locale);

    /** Raises an improvement action from complaints; SUPERVISOR only. */
    Improvement raiseImprovement(String title, String description, String owner, LocalDate dueOn, List<String> cases,
                                 Locale locale);

    /** Reports progress: the owner or a supervisor. */
    Improvement reportProgress(long id, String progress, Locale locale);

    /** Closes an action as done (with the outcome) or cancelled (with the reason); SUPERVISOR only. */
    Improvement closeImprovement(long id, boolean done, String outcome, Locale locale);

    // ---------------------------------------------------------------- directory (SUPERVISOR, ADMIN)

    List<DirectoryEntry> directory(Locale locale);

    DirectoryEntry save(DirectoryEntry entry, Locale locale);

    List<StaffEntry> staffDirectory(Locale locale);

    StaffEntry save(StaffEntry entry, Locale locale);

    /** The deadline of each stage per urgency, e.g. {@code HANDLE.NORMAL → 10wd}, in stage order. */
    Map<String, String> deadlineRules();

    /** The days of {@code year} that differ from Monday-to-Friday: holidays and make-up working days. */
    List<CalendarDay> calendar(int year);

    /**
     * The supervisor's figures for the days {@code from} to {@code to} (both null: this month so
     * far, in the hall's time zone); SUPERVISOR only.
     */
    Dashboard dashboard(LocalDate from, LocalDate to, Locale locale);

    /** The monthly report of {@code month} as a PDF document in {@code locale}; SUPERVISOR only. */
    byte[] monthlyReport(YearMonth month, Locale locale);
}
