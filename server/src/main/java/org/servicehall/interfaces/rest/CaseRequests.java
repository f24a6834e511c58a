package org.servicehall.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.servicehall.application.RegistrationForm;

/**
 * The JSON bodies of the staff API. Every change carries {@code version}: the version of the case
 * the caller saw; a change to a case changed since is refused with 409.
 */
final class CaseRequests {

    private CaseRequests() {
    }

    public record Registration(Long version, String complainantName, String complainantPhone, String otherContact,
                               Boolean anonymous, String serviceStep, String staffComplainedAbout,
                               String staffComplainedAboutId, Instant incidentAt, String expectedOutcome,
                               String evidenceNote) {
        RegistrationForm form() {
            return new RegistrationForm(complainantName, complainantPhone, otherContact, anonymous, serviceStep,
                    staffComplainedAbout, staffComplainedAboutId, incidentAt, expectedOutcome, evidenceNote);
        }
    }

    public record WindowIntake(String channel, String categoryCode, String description, Registration registration,
                               String outcome, String whatWasDone, String agencyCode, String explanation,
                               String terminal, String idempotencyKey) {
    }

    public record Versioned(Long version) {
    }

    public record Text(Long version, String text) {
    }

    public record Reason(Long version, String reason) {
    }

    public record OnSpot(Long version, String whatWasDone) {
    }

    public record Redirect(Long version, String agencyCode, String explanation) {
    }

    public record Triage(Long version, String categoryCode, String businessArea, String urgency, String severity,
                         Boolean adverseImpact, Boolean major, Boolean emergencyStarted, String alerted) {
    }

    public record DuplicateDecision(Long version, Boolean confirmed) {
    }

    public record Assignment(Long version, String departmentCode, String handlerId, String scope, String standards,
                             Instant handleDue) {
    }

    public record Note(Long version, String kind, String text) {
    }

    public record Finding(Long version, String outcome, String substantiatedParts, String cause, String causeOther,
                          String basis) {
    }

    public record Plan(Long version, String measures, String responsible, LocalDate dueOn) {
    }

    public record Approval(Long version, Boolean approve, String reason) {
    }

    public record MeasureDone(Long version, String kind, String details) {
    }

    public record ExtensionRequest(Long version, Instant requestedDue, String reason) {
    }

    public record ExtensionDecision(Long version, Boolean approve, String note) {
    }

    public record Feedback(Long version, String method, String content, String opinion, String satisfaction,
                           Boolean appealRouteExplained) {
    }

    public record UrgencyRaise(Long version, String urgency, String reason) {
    }
}
