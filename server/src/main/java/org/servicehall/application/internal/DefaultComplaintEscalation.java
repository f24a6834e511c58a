package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicehall.application.ComplaintEscalation;
import org.servicehall.application.EscalationRequest;
import org.servicehall.application.EscalationRules;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.model.complaint.DueComplaint;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * Asks the rules outside any lock (a slow rule holds no row), then applies what they asked in one
 * short transaction that locks the complaint and checks the ledger again.
 */
@ApplicationScoped
public class DefaultComplaintEscalation implements ComplaintEscalation {

    @Inject
    EscalationRules rules;

    @Inject
    EscalationApplier applier;

    @Inject
    Clock clock;

    @Override
    public int escalate(TrackingNumber trackingNumber) {
        Optional<Complaint> complaint = applier.read(trackingNumber);
        if (complaint.isEmpty() || !ComplaintStatus.open().contains(complaint.get().status())) {
            return 0;
        }
        List<EscalationRequest> asked = rules.evaluate(complaint.get(), clock.instant());
        if (asked.isEmpty()) {
            return 0;
        }
        return applier.apply(trackingNumber, asked);
    }

    @Override
    public List<DueComplaint> dueBefore(Instant horizon, DueComplaint after, int max) {
        return applier.dueBefore(horizon, after, max);
    }
}
