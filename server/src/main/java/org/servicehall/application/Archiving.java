package org.servicehall.application;

/** Stage 5 and oversight: archiving and reopening, supervision (督办) and urgency escalation. */
public interface Archiving {

    CaseView archive(String trackingNumber, Long expectedVersion);

    CaseView reopen(String trackingNumber, Long expectedVersion, String reason);

    CaseView supervise(String trackingNumber, Long expectedVersion, String reason);

    CaseView raiseUrgency(String trackingNumber, Long expectedVersion, String urgency, String reason);
}
