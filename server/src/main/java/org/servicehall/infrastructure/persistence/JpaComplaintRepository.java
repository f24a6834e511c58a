package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Optional;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** Complaints in the relational database, through JPA. */
@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

    private static final int NUMBERING_ATTEMPTS = 3;

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Inject
    TrackingNumberSequence sequence;

    @Override
    public Optional<Complaint> find(TrackingNumber number) {
        return em.createNamedQuery("Complaint.findByTrackingNumber", Complaint.class)
                .setParameter("trackingNumber", number.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Complaint> findByIdempotencyKey(String key) {
        return em.createNamedQuery("Complaint.findByIdempotencyKey", Complaint.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public void store(Complaint complaint) {
        em.persist(complaint);
        em.flush();
    }

    @Override
    public TrackingNumber nextTrackingNumber(LocalDate day) {
        PersistenceException last = null;
        for (int attempt = 1; attempt <= NUMBERING_ATTEMPTS; attempt++) {
            try {
                return TrackingNumber.of(day, sequence.next(day));
            } catch (PersistenceException e) {
                // Another server created the day's counter at the same moment; the next attempt updates it.
                last = e;
            }
        }
        throw last;
    }
}
