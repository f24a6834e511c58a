package org.servicehall.ui.facade.staff;

import java.util.List;
import java.util.Locale;

/**
 * What the staff screens ask of the system. Every call acts as the logged-in staff member, with
 * their role checked by the system; refusals throw {@link StepRefusedException} in words.
 */
public interface StaffFacade {

    /** The logged-in staff member; empty roles when nobody is logged in. */
    Me me();

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

    /** Open complaints from the same phone number, the newest first (at most five). */
    List<DuplicateHint> possibleDuplicates(String phone, Locale locale);

    // ---------------------------------------------------------------- queues and cases

    QueuePage queue(QueueQuery query, Locale locale);

    CaseSheet caseSheet(String trackingNumber, Locale locale);

    /** The complainant's unmasked data; the read is recorded in the audit trail. */
    CaseSheet.Person unmask(String trackingNumber, String purpose, Locale locale);

    /** Takes a step on the case as it was at {@code version}; answers the case as it is now. */
    CaseSheet take(String trackingNumber, long version, CaseStep step, Locale locale);
}
