package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * A lease per periodic job in the JOB_LEASE table: one conditional UPDATE takes it when it has
 * expired (or renews it for its holder), so with several servers on one database exactly one
 * runs the job each time. The database decides; no clocks are compared across servers beyond
 * the lease length.
 */
@ApplicationScoped
public class JobLease {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    /** Whether {@code holder} holds the lease of {@code job} until {@code now + length}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, String holder, Instant now, Duration length) {
        return em.createNativeQuery("UPDATE JOB_LEASE SET HOLDER = ?, EXPIRES_AT = ?"
                        + " WHERE NAME = ? AND (EXPIRES_AT < ? OR HOLDER = ?)")
                .setParameter(1, holder)
                .setParameter(2, UTC.convertToDatabaseColumn(now.plus(length)))
                .setParameter(3, job)
                .setParameter(4, UTC.convertToDatabaseColumn(now))
                .setParameter(5, holder)
                .executeUpdate() == 1;
    }
}
