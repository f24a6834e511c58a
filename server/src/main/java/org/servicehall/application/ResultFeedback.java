package org.servicehall.application;

/** Stage 4: telling the complainant the result, and their appeal when they are dissatisfied. */
public interface ResultFeedback {

    CaseView recordFeedback(String trackingNumber, Long expectedVersion, FeedbackReport report);

    /** Closes without feedback when the complainant left no way to be reached. */
    CaseView skipFeedback(String trackingNumber, Long expectedVersion, String reason);

    /** The complainant appeals a dissatisfying result (申诉/复核). */
    CaseView appeal(String trackingNumber, Long expectedVersion, String reason);

    record FeedbackReport(String method, String content, String opinion, String satisfaction,
                          Boolean appealRouteExplained) {
    }
}
