package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A step a staff member takes on a case, with what the step needs. One record per named step of
 * the process; the system checks every rule again.
 */
public sealed interface CaseStep extends Serializable {

    /**
     * The code(s) in the process's step catalogue that a step record takes, as the case screen's
     * panels ({@code panel_<code>}) and the case's allowed steps name them.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Takes {
        String[] value();
    }

    @Takes("accept")
    record Accept(String serviceStep, String staffComplainedAbout, String staffComplainedAboutId,
                  String expectedOutcome, String evidenceNote) implements CaseStep {
    }

    @Takes("resolveOnSpot")
    record ResolveOnSpot(String whatWasDone) implements CaseStep {
    }

    @Takes("redirect")
    record Redirect(String agencyCode, String explanation) implements CaseStep {
    }

    @Takes("triage")
    record Triage(String categoryCode, String businessArea, String urgency, String severity, boolean adverseImpact,
                  boolean major, boolean emergencyStarted, String alerted) implements CaseStep {
    }

    @Takes("decideDuplicate")
    record DecideDuplicate(long flagId, boolean confirmed) implements CaseStep {
    }

    @Takes("assign")
    record Assign(String departmentCode, String handlerId, String scope, String standards, LocalDateTime handleDue)
            implements CaseStep {
    }

    @Takes("signFor")
    record SignFor() implements CaseStep {
    }

    @Takes("returnAssignment")
    record Return(String reason) implements CaseStep {
    }

    @Takes("addNote")
    record AddNote(String kind, String text) implements CaseStep {
    }

    @Takes("recordFinding")
    record RecordFinding(String outcome, String substantiatedParts, String cause, String causeOther, String basis)
            implements CaseStep {
    }

    @Takes("proposePlan")
    record ProposePlan(String measures, String responsible, LocalDate dueOn) implements CaseStep {
    }

    @Takes({"approvePlan", "sendPlanBack"})
    record DecidePlan(boolean approve, String reason) implements CaseStep {
    }

    @Takes("recordMeasure")
    record RecordMeasure(String kind, String details) implements CaseStep {
    }

    @Takes("completeHandling")
    record CompleteHandling() implements CaseStep {
    }

    @Takes("requestExtension")
    record RequestExtension(LocalDateTime requestedDue, String reason) implements CaseStep {
    }

    @Takes("decideExtension")
    record DecideExtension(long extensionId, boolean approve, String note) implements CaseStep {
    }

    @Takes("recordFeedback")
    record RecordFeedback(String method, String content, String opinion, String satisfaction,
                          boolean appealRouteExplained) implements CaseStep {
    }

    @Takes("skipFeedback")
    record SkipFeedback(String reason) implements CaseStep {
    }

    @Takes("appeal")
    record Appeal(String reason) implements CaseStep {
    }

    @Takes("archive")
    record Archive() implements CaseStep {
    }

    @Takes("reopen")
    record Reopen(String reason) implements CaseStep {
    }

    /** A new query code for the complainant, handed over at the window; {@code reason}: how they were identified. */
    @Takes("reissueQueryCode")
    record ReissueQueryCode(String reason) implements CaseStep {
    }

    @Takes("supervise")
    record Supervise(String reason) implements CaseStep {
    }

    @Takes("raiseUrgency")
    record RaiseUrgency(String urgency, String reason) implements CaseStep {
    }
}
