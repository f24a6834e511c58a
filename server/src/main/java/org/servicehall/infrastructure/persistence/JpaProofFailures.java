package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.servicehall.domain.model.complaint.ProofFailures;
import org.servicehall.domain.model.complaint.ProofFailuresRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** Wrong query codes per tracking number in PROOF_FAILURE, through JPA; the row lock serialises counting. */
@ApplicationScoped
public class JpaProofFailures implements ProofFailuresRepository {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    public Optional<ProofFailures> find(TrackingNumber number) {
        return Optional.ofNullable(em.find(ProofFailures.class, number.value()));
    }

    @Override
    public Optional<ProofFailures> findForChange(TrackingNumber number) {
        return Optional.ofNullable(em.find(ProofFailures.class, number.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ProofFailures failures) {
        em.persist(failures);
        // A row added by another server at the same moment shows here, not at the commit.
        em.flush();
    }

    @Override
    public void remove(TrackingNumber number) {
        em.createQuery("DELETE FROM ProofFailures p WHERE p.trackingNumber = :number")
                .setParameter("number", number.value())
                .executeUpdate();
    }
}
