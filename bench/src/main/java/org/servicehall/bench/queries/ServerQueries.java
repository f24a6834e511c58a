package org.servicehall.bench.queries;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.domain.shared.Actor;
import org.servicehall.infrastructure.persistence.JpaCaseFinder;

/**
 * The server's own work queues and duplicate hint ({@code JpaCaseFinder}), each call on a new
 * EntityManager as per request in the server.
 */
final class ServerQueries {

    static final Duration HINT_WINDOW = Duration.ofDays(30);

    private ServerQueries() {
    }

    static Page<CaseSummary> finder(EntityManagerFactory emf, QueueRequest request, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            // as a supervisor: every queue unrestricted by need-to-know, the queries the figures were taken on
            return JpaCaseFinder.on(em).find(request, Actor.staff(f.user(), Actor.Role.SUPERVISOR, "bench", f.department()),
                    f.now());
        } finally {
            em.close();
        }
    }

    static Page<String> sameStaff(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            List<String> numbers = JpaCaseFinder.on(em).aboutStaffInCategory(f.staffId(), f.staffNamed(), f.staffCategory(),
                    f.now().minus(HINT_WINDOW), f.user(), 5).stream().map(CaseSummary::trackingNumber).toList();
            return new Page<>(numbers, numbers.size(), 0, 5);
        } finally {
            em.close();
        }
    }
}
