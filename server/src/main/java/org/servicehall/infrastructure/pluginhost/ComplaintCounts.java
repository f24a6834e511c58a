package org.servicehall.infrastructure.pluginhost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** What rules may ask the database, each in a short read transaction of its own. */
@ApplicationScoped
public class ComplaintCounts {

    @Inject
    ComplaintRepository complaints;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> receivedAbout(ComplaintRepository.About about, String value, Instant since, Instant until, int max) {
        return complaints.receivedAbout(about, value, since, until, max).stream().map(TrackingNumber::value).toList();
    }
}
