package org.servicehall.application;

import java.time.Instant;
import java.time.LocalDate;

/** Stage 4: the handling plan and its approval, the measures carried out, and deadline extensions. */
public interface Handling {

    CaseView proposePlan(String trackingNumber, Long expectedVersion, PlanProposal proposal);

    CaseView approvePlan(String trackingNumber, Long expectedVersion);

    CaseView sendPlanBack(String trackingNumber, Long expectedVersion, String reason);

    CaseView recordMeasure(String trackingNumber, Long expectedVersion, String kind, String details);

    CaseView completeHandling(String trackingNumber, Long expectedVersion);

    CaseView requestExtension(String trackingNumber, Long expectedVersion, Instant requestedDue, String reason);

    CaseView decideExtension(String trackingNumber, Long expectedVersion, long extensionId, boolean approve, String note);

    record PlanProposal(String measures, String responsible, LocalDate dueOn) {
    }
}
