package org.servicehall.application;

/** Stage 2: classification, initial assessment, and the registration form's corrections and duplicates. */
public interface Triage {

    CaseView triage(String trackingNumber, Long expectedVersion, TriageDecision decision);

    CaseView updateRegistration(String trackingNumber, Long expectedVersion, RegistrationForm form);

    CaseView decideDuplicate(String trackingNumber, Long expectedVersion, long flagId, boolean confirmed);

    /** The classification and initial assessment (初步研判). */
    record TriageDecision(String categoryCode, String businessArea, String urgency, String severity,
                          Boolean adverseImpact, Boolean major, Boolean emergencyStarted, String alerted) {
    }
}
