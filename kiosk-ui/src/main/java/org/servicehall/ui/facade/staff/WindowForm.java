package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The reception window's one-screen registration form and the first response chosen.
 *
 * @param outcome      {@code ACCEPT}, {@code RESOLVE_ON_SPOT} or {@code REDIRECT}
 * @param incidentAt   when it happened, in the hall's time zone; may be null
 */
public record WindowForm(String channel, String categoryCode, String description, String complainantName,
                         String complainantPhone, String otherContact, boolean anonymous, String serviceStep,
                         String staffComplainedAbout, String staffComplainedAboutId, LocalDateTime incidentAt,
                         String expectedOutcome, String evidenceNote, String outcome, String whatWasDone,
                         String agencyCode, String explanation, String terminal, String idempotencyKey,
                         boolean smsConsent)
        implements Serializable {

    /** A registration whose complainant is to be told nothing by SMS. */
    public WindowForm(String channel, String categoryCode, String description, String complainantName,
                      String complainantPhone, String otherContact, boolean anonymous, String serviceStep,
                      String staffComplainedAbout, String staffComplainedAboutId, LocalDateTime incidentAt,
                      String expectedOutcome, String evidenceNote, String outcome, String whatWasDone,
                      String agencyCode, String explanation, String terminal, String idempotencyKey) {
        this(channel, categoryCode, description, complainantName, complainantPhone, otherContact, anonymous, serviceStep,
                staffComplainedAbout, staffComplainedAboutId, incidentAt, expectedOutcome, evidenceNote, outcome,
                whatWasDone, agencyCode, explanation, terminal, idempotencyKey, false);
    }
}
