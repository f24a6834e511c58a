package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Consumer;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.application.CitizenRating;
import org.servicehall.application.CitizenStatus;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.Satisfaction;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;

/**
 * The complainant's rating and appeal, for whoever proves the complaint is theirs with its query
 * code; wrong codes count against the number as they do for lookups.
 */
@ApplicationScoped
public class DefaultCitizenRating implements CitizenRating {

    @Inject
    ComplaintRepository complaints;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    Clock clock;

    @Inject
    OwnershipProofs proofs;

    @Override
    @Transactional
    public CitizenStatus rate(TrackingNumber number, String queryCode, String satisfaction, String reasons,
                              String terminal) {
        Satisfaction rating = Inputs.enumValue(Satisfaction.class, satisfaction, "satisfaction");
        return change(number, queryCode, complaint -> complaint.aftercare().rate(rating, reasons, citizen(terminal), clock.instant()));
    }

    @Override
    @Transactional
    public CitizenStatus appeal(TrackingNumber number, String queryCode, String reason, String terminal) {
        return change(number, queryCode,
                complaint -> complaint.aftercare().appeal(reason, citizen(terminal), clock.instant(), deadlines));
    }

    private CitizenStatus change(TrackingNumber number, String queryCode, Consumer<Complaint> transition) {
        Complaint complaint = complaints.findForChange(number)
                .filter(c -> proofs.admits(c, queryCode))
                .orElseThrow(() -> new CaseNotFoundException(number.value()));
        transition.accept(complaint);
        complaints.store(complaint);
        return CitizenCases.statusOf(complaint);
    }

    private static Actor citizen(String terminal) {
        return Actor.citizen(terminal == null || terminal.isBlank() ? "KIOSK" : terminal);
    }
}
