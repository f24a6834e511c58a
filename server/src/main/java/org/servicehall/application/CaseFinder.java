package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries.QueueRequest;

/**
 * The database side of the work queues: every filter, sort and page runs in the database, on
 * indexed columns; nothing is filtered in memory.
 */
public interface CaseFinder {

    /**
     * @param username   the caller (for MINE); excluded from cases that are about them
     * @param department the caller's department (for DEPARTMENT)
     */
    Page<CaseSummary> find(QueueRequest request, String username, String department, Instant now);

    /**
     * Open complaints in one category about one staff member, received since {@code since}, the
     * newest first: by the staff member's user name ({@code staffId}) or, when the complainant only
     * named them, by that name ({@code staffNamed}, as typed). Cases about {@code username} are left out.
     */
    List<CaseSummary> aboutStaffInCategory(String staffId, String staffNamed, String categoryCode, Instant since,
                                           String username, int limit);
}
