package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The whole case on one page, as the case screen shows it: times in the hall's time zone, codes
 * for the screen to translate, personal data masked, and the steps the logged-in user may take now.
 *
 * @param version   the version to send back with the next step
 * @param queryCode the complainant's query code, only in the answer that hands it over (the window's
 *                  receipt, a reissued code); null everywhere else
 */
public record CaseSheet(String trackingNumber, long version, String status, String channel, String terminal,
                        LocalDateTime receivedAt, String categoryCode, String categoryLabel, String businessArea,
                        String urgency, String description, Person complainant, Form registration,
                        Assessment assessment, String firstContactOwner, String firstContactName,
                        boolean firstContactAccountable, String onSpotResolution, Referral referral,
                        Assigned assignment, String returnReason, Finding finding, Plan plan,
                        String planSentBackReason, List<Item> measures, Feedback feedback, String citizenRating,
                        int appealRound, String appealReason, boolean supervised, String supervisionReason,
                        List<Deadline> deadlines, LocalDateTime currentDue, String currentStage, List<Item> notes,
                        List<EvidenceFile> evidence, List<Duplicate> duplicates, List<ExtensionRequest> extensions,
                        List<Step> history, Set<String> allowedSteps, String queryCode) implements Serializable {

    public boolean may(String step) {
        return allowedSteps.contains(step);
    }

    public record Person(boolean anonymous, String name, String phone, String otherContact, boolean masked)
            implements Serializable {
    }

    public record Form(String serviceStep, String staffComplainedAbout, LocalDateTime incidentAt,
                       String expectedOutcome, String evidenceNote) implements Serializable {
    }

    public record Assessment(String severity, boolean adverseImpact, boolean major, boolean emergencyStarted,
                             String alerted) implements Serializable {
    }

    public record Referral(String agencyName, String contact, String explanation) implements Serializable {
    }

    public record Assigned(String departmentCode, String departmentName, String handlerId, String handlerName,
                           String scope, String standards, LocalDateTime assignedAt) implements Serializable {
    }

    public record Finding(String outcome, String substantiatedParts, String cause, String causeOther, String basis,
                          LocalDateTime recordedAt, String recordedBy) implements Serializable {
    }

    public record Plan(String measures, String responsible, LocalDate dueOn, boolean approvalRequired,
                       String approvedBy, LocalDateTime approvedAt) implements Serializable {
    }

    /** A note or a measure: what kind, the text, when and by whom. */
    public record Item(long id, String kind, String text, LocalDateTime at, String by) implements Serializable {
    }

    public record Feedback(String method, String content, String opinion, String satisfaction, boolean skipped,
                           LocalDateTime at, String by) implements Serializable {
    }

    public record Deadline(String stage, LocalDateTime due, LocalDateTime done, boolean late) implements Serializable {
    }

    public record EvidenceFile(long id, String fileName, String contentType, long size, String sha256,
                               String description, LocalDateTime addedAt, String addedBy) implements Serializable {
    }

    public record Duplicate(long id, String otherTrackingNumber, String reason, String state) implements Serializable {
    }

    public record ExtensionRequest(long id, String stage, LocalDateTime previousDue, LocalDateTime requestedDue,
                                   String reason, String state, String requestedBy, String decisionNote)
            implements Serializable {
    }

    /** One entry of the history, the newest last. */
    public record Step(int sequence, String action, String toStatus, String actor, String role, String terminal,
                       LocalDateTime at, String summary) implements Serializable {
    }
}
