package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.servicehall.application.CitizenProgress;
import org.servicehall.application.CitizenStatus;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** Shows a complaint to whoever proves it is theirs; nothing personal leaves this class. */
@ApplicationScoped
public class DefaultCitizenProgress implements CitizenProgress {

    @Inject
    ComplaintRepository complaints;

    @Inject
    OwnershipProofs proofs;

    @Override
    @Transactional
    public Optional<CitizenStatus> find(TrackingNumber number, String queryCode) {
        Optional<Complaint> complaint = complaints.find(number);
        if (complaint.isEmpty() || !proofs.admits(complaint.get(), queryCode)) {
            return Optional.empty();
        }
        return complaint.map(CitizenCases::statusOf);
    }
}
