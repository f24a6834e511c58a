package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicehall.application.CaseFinder;
import org.servicehall.application.CaseQueries.Queue;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.domain.shared.Actor;

/**
 * Counts for the operators' metrics, each on an index: the hall-wide work queues through the
 * staff screens' own queue queries (benchmarked on a million complaints), and the pending rows of
 * both outboxes through their pending indexes ({@code IX_OUTBOX_PENDING},
 * {@code IX_CHANNEL_OUTBOX_PENDING}: delivered rows are never read).
 */
@ApplicationScoped
public class JpaBacklogCounts {

    /** The queues that describe the whole hall (the others are per user or department). */
    public static final List<Queue> HALL_QUEUES = List.of(Queue.NEW, Queue.UNASSIGNED, Queue.DUE_SOON, Queue.OVERDUE,
            Queue.ESCALATED, Queue.AWAITING_APPROVAL);

    /** ServiceHall itself reads every case: none is left out as "about the caller" or by need to know. */
    private static final Actor READER = Actor.system("metrics");

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Inject
    CaseFinder cases;

    /** One count per queue of {@link #HALL_QUEUES}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Queue, Long> queues(Instant now) {
        Map<Queue, Long> counts = new EnumMap<>(Queue.class);
        for (Queue queue : HALL_QUEUES) {
            QueueRequest request = new QueueRequest(queue, null, null, null, null, null, null, 0, 1);
            counts.put(queue, cases.count(request, READER, now));
        }
        return counts;
    }

    /** Messages to staff and complainants not delivered yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long outboxPending() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM OUTBOX WHERE DELIVERED_AT IS NULL")
                .getSingleResult()).longValue();
    }

    /** Status changes not yet acknowledged by each channel's counterpart, per channel id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> channelOutboxPending() {
        Map<String, Long> pending = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT CHANNEL_ID, COUNT(*) FROM CHANNEL_OUTBOX WHERE DELIVERED_AT IS NULL GROUP BY CHANNEL_ID")
                .getResultList();
        for (Object[] row : rows) {
            pending.put((String) row[0], ((Number) row[1]).longValue());
        }
        return pending;
    }
}
