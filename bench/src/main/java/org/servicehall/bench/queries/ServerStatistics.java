package org.servicehall.bench.queries;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.servicehall.application.Statistics.Report;
import org.servicehall.infrastructure.persistence.JpaStatisticsQueries;

/**
 * The server's own statistics ({@code JpaStatisticsQueries}), each call on a new EntityManager as
 * per request in the server.
 */
final class ServerStatistics {

    private ServerStatistics() {
    }

    static Report report(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            return JpaStatisticsQueries.on(em).report(f.monthFrom(), f.monthTo());
        } finally {
            em.close();
        }
    }

    static Report dashboardCounts(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            return JpaStatisticsQueries.on(em).counts(f.monthFrom(), f.monthTo());
        } finally {
            em.close();
        }
    }
}
