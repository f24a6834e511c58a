package org.servicehall.application;

import java.time.Instant;

/**
 * The registration form (《投诉登记表》) as a clerk fills it in: who complains and how to reach them,
 * the matter, the request and the evidence. Fields left null keep what the complaint already has.
 */
public record RegistrationForm(String complainantName, String complainantPhone, String otherContact,
                               Boolean anonymous, String serviceStep, String staffComplainedAbout,
                               String staffComplainedAboutId, Instant incidentAt, String expectedOutcome,
                               String evidenceNote) {
}
