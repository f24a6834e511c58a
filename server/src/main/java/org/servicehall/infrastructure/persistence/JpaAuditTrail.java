package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.servicehall.domain.model.audit.AuditTrail;
import org.servicehall.domain.model.audit.PersonalDataAccess;

/** The personal-data audit trail in the relational database. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    public void record(PersonalDataAccess access) {
        em.persist(access);
    }

    @Override
    public List<PersonalDataAccess> forComplaint(String trackingNumber) {
        return em.createNamedQuery("PersonalDataAccess.forComplaint", PersonalDataAccess.class)
                .setParameter("trackingNumber", trackingNumber).getResultList();
    }
}
