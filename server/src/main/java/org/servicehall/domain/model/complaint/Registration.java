package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * The registration form of the process (《投诉登记表》) beyond the complainant and the description:
 * the service step, the staff member complained about, when it happened, what the complainant asks
 * for, and the evidence or how it will be supplied. Recorded objectively, as told.
 */
@Embeddable
public class Registration {

    public static final int TEXT_MAX_LENGTH = 1000;

    @Column(name = "SERVICE_STEP", length = 200)
    private String serviceStep;

    @Column(name = "STAFF_COMPLAINED_ABOUT", length = 100)
    private String staffComplainedAbout;

    @Column(name = "STAFF_COMPLAINED_ABOUT_ID", length = 64)
    private String staffComplainedAboutId;

    @Column(name = "INCIDENT_AT")
    private Instant incidentAt;

    @Column(name = "EXPECTED_OUTCOME", length = TEXT_MAX_LENGTH)
    private String expectedOutcome;

    @Column(name = "EVIDENCE_NOTE", length = 500)
    private String evidenceNote;

    protected Registration() {
        // for JPA
    }

    /**
     * @param serviceStep            the service step concerned, e.g. "不动产登记 - 材料审核"
     * @param staffComplainedAbout   how the complainant identified the staff member (name, number, window)
     * @param staffComplainedAboutId the staff member's user name when identified; never assigned the case
     * @param incidentAt             when it happened, if known
     * @param expectedOutcome        what the complainant asks for
     * @param evidenceNote           evidence handed in, or how and when it will be supplied
     */
    public Registration(String serviceStep, String staffComplainedAbout, String staffComplainedAboutId,
                        Instant incidentAt, String expectedOutcome, String evidenceNote) {
        this.serviceStep = Texts.optional(serviceStep, 200, "serviceStep");
        this.staffComplainedAbout = Texts.optional(staffComplainedAbout, 100, "staffComplainedAbout");
        this.staffComplainedAboutId = Texts.optional(staffComplainedAboutId, 64, "staffComplainedAboutId");
        this.incidentAt = incidentAt;
        this.expectedOutcome = Texts.optional(expectedOutcome, TEXT_MAX_LENGTH, "expectedOutcome");
        this.evidenceNote = Texts.optional(evidenceNote, 500, "evidenceNote");
    }

    public static Registration empty() {
        return new Registration(null, null, null, null, null, null);
    }

    public Optional<String> serviceStep() {
        return Optional.ofNullable(serviceStep);
    }

    public Optional<String> staffComplainedAbout() {
        return Optional.ofNullable(staffComplainedAbout);
    }

    public Optional<String> staffComplainedAboutId() {
        return Optional.ofNullable(staffComplainedAboutId);
    }

    public Optional<Instant> incidentAt() {
        return Optional.ofNullable(incidentAt);
    }

    public Optional<String> expectedOutcome() {
        return Optional.ofNullable(expectedOutcome);
    }

    public Optional<String> evidenceNote() {
        return Optional.ofNullable(evidenceNote);
    }
}
