package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A step a staff member takes on a case, with what the step needs. One record per named step of
 * the process; the system checks every rule again.
 */
public sealed interface CaseStep extends Serializable {

    record Accept(String serviceStep, String staffComplainedAbout, String staffComplainedAboutId,
                  String expectedOutcome, String evidenceNote) implements CaseStep {
    }

    record ResolveOnSpot(String whatWasDone) implements CaseStep {
    }

    record Redirect(String agencyCode, String explanation) implements CaseStep {
    }

    record Triage(String categoryCode, String businessArea, String urgency, String severity, boolean adverseImpact,
                  boolean major, boolean emergencyStarted, String alerted) implements CaseStep {
    }

    record DecideDuplicate(long flagId, boolean confirmed) implements CaseStep {
    }

    record Assign(String departmentCode, String handlerId, String scope, String standards, LocalDateTime handleDue)
            implements CaseStep {
    }

    record SignFor() implements CaseStep {
    }

    record Return(String reason) implements CaseStep {
    }

    record AddNote(String kind, String text) implements CaseStep {
    }

    record RecordFinding(String outcome, String substantiatedParts, String cause, String causeOther, String basis)
            implements CaseStep {
    }

    record ProposePlan(String measures, String responsible, LocalDate dueOn) implements CaseStep {
    }

    record DecidePlan(boolean approve, String reason) implements CaseStep {
    }

    record RecordMeasure(String kind, String details) implements CaseStep {
    }

    record CompleteHandling() implements CaseStep {
    }

    record RequestExtension(LocalDateTime requestedDue, String reason) implements CaseStep {
    }

    record DecideExtension(long extensionId, boolean approve, String note) implements CaseStep {
    }

    record RecordFeedback(String method, String content, String opinion, String satisfaction,
                          boolean appealRouteExplained) implements CaseStep {
    }

    record SkipFeedback(String reason) implements CaseStep {
    }

    record Appeal(String reason) implements CaseStep {
    }

    record Archive() implements CaseStep {
    }

    record Reopen(String reason) implements CaseStep {
    }

    /** A new query code for the complainant, handed over at the window; {@code reason}: how they were identified. */
    record ReissueQueryCode(String reason) implements CaseStep {
    }

    record Supervise(String reason) implements CaseStep {
    }

    record RaiseUrgency(String urgency, String reason) implements CaseStep {
    }
}
