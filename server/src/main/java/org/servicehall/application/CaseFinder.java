package org.servicehall.application;

import java.time.Instant;
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
}
