package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import org.servicehall.domain.model.complaint.DueComplaint;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * Escalates a complaint by what the active escalation rules ask: raises its urgency, supervises it
 * (督办), alerts supervisors or reminds the handler, each once per occasion, as ServiceHall itself
 * with the rule's id in the history.
 */
public interface ComplaintEscalation {

    /** @return how many escalations were applied now (0 when the rules ask nothing new) */
    int escalate(TrackingNumber trackingNumber);

    /**
     * Open complaints whose current deadline lies before the horizon, earliest first, after the
     * given place in that order ({@code null}: from the start): what the schedule walks through.
     */
    List<DueComplaint> dueBefore(Instant horizon, DueComplaint after, int max);
}
