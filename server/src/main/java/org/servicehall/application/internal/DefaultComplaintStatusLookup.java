package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.servicehall.application.ComplaintStatusLookup;
import org.servicehall.application.PublicStatus;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** Reads a complaint's public progress; nothing personal leaves this class. */
@ApplicationScoped
public class DefaultComplaintStatusLookup implements ComplaintStatusLookup {

    @Inject
    ComplaintRepository complaints;

    @Override
    @Transactional
    public Optional<PublicStatus> find(TrackingNumber number) {
        return complaints.find(number).map(DefaultComplaintStatusLookup::publicView);
    }

    static PublicStatus publicView(Complaint complaint) {
        return PublicStatus.of(complaint);
    }
}
