package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import org.servicehall.domain.model.complaint.Complaint;

/** The escalation rules active now (plugins); asking them never throws and is bounded in time. */
public interface EscalationRules {

    /** What every active rule asks for this complaint now; rules that fail contribute nothing. */
    List<EscalationRequest> evaluate(Complaint complaint, Instant now);
}
