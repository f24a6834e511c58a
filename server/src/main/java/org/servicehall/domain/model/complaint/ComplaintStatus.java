package org.servicehall.domain.model.complaint;

import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands in the five stages of the handling process. */
public enum ComplaintStatus {
    /** Stage 1: filed through a channel and numbered; the first response is due. */
    RECEIVED,
    /** Stage 1, closed: resolved at first contact; still numbered and counted. */
    RESOLVED_ON_SPOT,
    /** Stage 1, closed: outside the center's remit; the complainant was referred elsewhere. */
    REDIRECTED,
    /** Stage 2: accepted into the formal process with a registration form; to be classified. */
    REGISTERED,
    /** Stage 2: classified and assessed; to be assigned. */
    TRIAGED,
    /** Stage 3: assigned to a department and handler; waiting for the department to sign for it. */
    ASSIGNED,
    /** Stage 3: the department returned the assignment with a reason; back with the supervisor. */
    RETURNED,
    /** Stage 3: signed for; investigation and verification under way. */
    INVESTIGATING,
    /** Stage 3 done: the facts are determined; a handling plan is to be drafted. */
    DECIDED,
    /** Stage 4: the handling plan waits for a supervisor's approval. */
    AWAITING_APPROVAL,
    /** Stage 4: the plan is being carried out. */
    IMPLEMENTING,
    /** Stage 4: handling is complete; the result is to be fed back to the complainant. */
    AWAITING_FEEDBACK,
    /** Stage 4 done: feedback given (or explicitly not possible); may be appealed or archived. */
    CLOSED,
    /** The complainant was dissatisfied and appealed; waiting to be re-examined by another handler. */
    APPEALED,
    /** Stage 5: archived and frozen. */
    ARCHIVED;

    private static final Set<ComplaintStatus> FINISHED = EnumSet.of(RESOLVED_ON_SPOT, REDIRECTED, CLOSED, ARCHIVED);
    private static final Set<ComplaintStatus> AWAITING_ASSIGNMENT = EnumSet.of(REGISTERED, TRIAGED, RETURNED, APPEALED);
    private static final Set<ComplaintStatus> WITH_DEPARTMENT =
            EnumSet.of(ASSIGNED, INVESTIGATING, DECIDED, AWAITING_APPROVAL, IMPLEMENTING, AWAITING_FEEDBACK);
    private static final Set<ComplaintStatus> FRONT_DESK = EnumSet.of(RECEIVED, REGISTERED, TRIAGED, RETURNED,
            AWAITING_FEEDBACK, CLOSED, RESOLVED_ON_SPOT, REDIRECTED);

    /** Still being worked on: not closed, redirected, resolved on the spot or archived. */
    public boolean isOpen() {
        return !FINISHED.contains(this);
    }

    /** In the hands of a department. */
    public boolean isWithDepartment() {
        return WITH_DEPARTMENT.contains(this);
    }

    /**
     * The front desk's work: the first response, the registration until a department has the case,
     * the feedback, and rating, appeal and archiving of finished cases.
     */
    public boolean isAtFrontDesk() {
        return FRONT_DESK.contains(this);
    }

    public static Set<ComplaintStatus> frontDesk() {
        return EnumSet.copyOf(FRONT_DESK);
    }

    public static Set<ComplaintStatus> open() {
        return EnumSet.complementOf(EnumSet.copyOf(FINISHED));
    }

    public static Set<ComplaintStatus> awaitingAssignment() {
        return EnumSet.copyOf(AWAITING_ASSIGNMENT);
    }

    public static Set<ComplaintStatus> withDepartment() {
        return EnumSet.copyOf(WITH_DEPARTMENT);
    }
}
