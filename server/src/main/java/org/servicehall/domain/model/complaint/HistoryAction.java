package org.servicehall.domain.model.complaint;

/** What a history entry records: one per named transition of a complaint. */
public enum HistoryAction {
    FILED,
    ACCEPTED,
    RESOLVED_ON_SPOT,
    REDIRECTED,
    REGISTRATION_UPDATED,
    TRIAGED,
    DUPLICATE_FLAGGED,
    DUPLICATE_CONFIRMED,
    DUPLICATE_DISMISSED,
    ASSIGNED,
    SIGNED_FOR,
    RETURNED,
    NOTE_ADDED,
    EVIDENCE_ADDED,
    FINDING_RECORDED,
    PLAN_PROPOSED,
    PLAN_APPROVED,
    PLAN_SENT_BACK,
    MEASURE_RECORDED,
    HANDLING_COMPLETED,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REJECTED,
    FEEDBACK_GIVEN,
    FEEDBACK_SKIPPED,
    RATED,
    APPEALED,
    ARCHIVED,
    REOPENED,
    SUPERVISED,
    URGENCY_RAISED,
    /** A message to the complainant through their channel was refused for good. */
    CONTACT_FAILED,
    /** Staff handed the complainant a new query code; the entry names who and why, never the code. */
    QUERY_CODE_REISSUED;

    /** Whether the public status page shows this step (internal work steps are not shown). */
    public boolean isPublic() {
        return switch (this) {
            case FILED, ACCEPTED, RESOLVED_ON_SPOT, REDIRECTED, ASSIGNED, SIGNED_FOR, FINDING_RECORDED,
                 HANDLING_COMPLETED, FEEDBACK_GIVEN, FEEDBACK_SKIPPED, RATED, APPEALED, ARCHIVED, REOPENED -> true;
            default -> false;
        };
    }
}
