package org.servicehall.application;

import java.time.Instant;

/**
 * What was escalated already: each (complaint, rule, kind, code) once, so a rule asking again
 * every minute escalates once. Shared by every server on the database.
 */
public interface EscalationLedger {

    boolean contains(long complaintId, String ruleId, EscalationRequest.Kind kind, String code);

    void record(long complaintId, String ruleId, EscalationRequest.Kind kind, String code, Instant at);
}
