package org.servicehall.ui.facade.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The office of the staff screens: who is logged in, the directory (categories, departments,
 * agencies, staff), improvement actions, deadline rules and the calendar. Every call acts as the
 * logged-in staff member, with their role checked by the system; refusals throw
 * {@link StepRefusedException} in words.
 */
public interface OfficeDesk {

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

    // ---------------------------------------------------------------- directory, for pickers

    List<Option> categories(Locale locale);

    /** Departments of the center (for assignments). */
    List<Option> departments(Locale locale);

    /** External agencies (for redirects), with their contact as detail. */
    List<Option> agencies(Locale locale);

    /** Handlers of a department, with their display name as label. */
    List<Option> handlers(String departmentCode);

    /** Active staff of every department, for owners and pickers: user name, display name, department. */
    List<Option> staff();

    // ---------------------------------------------------------------- improvement actions

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
}
