package org.servicehall.application;

import java.time.Instant;
import java.util.List;

/**
 * What staff read: one case (masked, or unmasked with an audit entry), the work queues, search,
 * and the whole case file as one document. The staff member complained about never gets their
 * own case.
 */
public interface CaseQueries {

    CaseView view(String trackingNumber);

    /** The complainant's unmasked personal data; every call leaves an audit entry. */
    CaseView.ComplainantView complainant(String trackingNumber, String purpose);

    Page<CaseSummary> queue(QueueRequest request);

    /** The exact number of cases in a queue for the caller (a figure, not a page: never capped). */
    long count(Queue queue);

    /**
     * Open complaints of the last {@code servicehall.duplicates.window.days} (default 30) in the
     * category about the same staff member (user name, or the name as the complainant gave it),
     * the newest first: the window's hint at a possible duplicate while the clerk types.
     */
    List<CaseSummary> aboutSameStaff(String staffId, String staffNamed, String categoryCode);

    /** The work queues of the staff screens. */
    enum Queue {
        /** Received through a channel, waiting for the first response. */
        NEW,
        /** Open cases assigned to me as their handler. */
        MINE,
        /** Cases I received (first contact) and answer for until a department signs for them. */
        RECEIVED,
        /** Open cases with my department. */
        DEPARTMENT,
        /** Waiting for a supervisor to assign them. */
        UNASSIGNED,
        /** The current deadline falls within the next 24 hours. */
        DUE_SOON,
        /** The current deadline has passed. */
        OVERDUE,
        /** The current deadline has passed, in my department. */
        DEPARTMENT_OVERDUE,
        /** Supervised (督办) or of emergency urgency. */
        ESCALATED,
        /** Handling plans waiting for a supervisor's approval. */
        AWAITING_APPROVAL,
        /** Every case, for searching. */
        ALL
    }

    /**
     * @param sort  {@code currentDue}, {@code receivedAt}, {@code urgency} or {@code trackingNumber};
     *              prefix {@code -} for descending
     * @param text  words, a tracking number, or a phone number
     */
    record QueueRequest(Queue queue, String status, String urgency, String categoryCode, String channel,
                        String text, String sort, int offset, int limit) {
    }

    /** One row of a queue. */
    record CaseSummary(String trackingNumber, String status, String urgency, String categoryCode,
                       String categoryLabelZh, String categoryLabelEn, String channel, Instant receivedAt,
                       Instant currentDue, String currentStage, String departmentName, String handlerName,
                       boolean supervised, String excerpt) {
    }

    /**
     * A page of rows and the number of rows in all pages. With {@code totalCapped} the queue holds
     * more than {@code total} rows ("10 000+"): long queues are not counted to their end.
     */
    record Page<T>(List<T> rows, long total, int offset, int limit, boolean totalCapped) {

        /** A page whose total is exact. */
        public Page(List<T> rows, long total, int offset, int limit) {
            this(rows, total, offset, limit, false);
        }
    }
}
