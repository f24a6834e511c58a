package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.domain.shared.Actor;

/**
 * The database side of the work queues: every filter, sort and page runs in the database, on
 * indexed columns; nothing is filtered in memory. A page's total is counted only up to a bound
 * ({@link Page#totalCapped()}), so that a page costs the same however long the queue.
 */
public interface CaseFinder {

    /**
     * @param reader the caller: their user name (for MINE, RECEIVED; cases about them are left out),
     *               department (for DEPARTMENT) and role, which limits every queue to the cases their
     *               work needs, as {@link org.servicehall.domain.model.complaint.Complaint#isReadableBy}
     *               does for one case (a handler: the department's and their own; a clerk: the front
     *               desk's and those they took in; IT: none)
     */
    Page<CaseSummary> find(QueueRequest request, Actor reader, Instant now);

    /** The exact number of rows of a queue with its filters (for figures that must not be capped). */
    long count(QueueRequest request, Actor reader, Instant now);

    /**
     * Open complaints in one category about one staff member, received since {@code since}, the
     * newest first: by the staff member's user name ({@code staffId}) or, when the complainant only
     * named them, by that name ({@code staffNamed}, as typed). Cases about {@code username} are left out.
     */
    List<CaseSummary> aboutStaffInCategory(String staffId, String staffNamed, String categoryCode, Instant since,
                                           String username, int limit);
}
