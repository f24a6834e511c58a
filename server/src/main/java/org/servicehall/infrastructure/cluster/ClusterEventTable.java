package org.servicehall.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.servicehall.application.RelayedEvent;
import org.servicehall.infrastructure.persistence.InstantAttributeConverter;

/** The CLUSTER_EVENT table: each write and each read is one short transaction of its own. */
@ApplicationScoped
public class ClusterEventTable {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();
    private static final int SUBJECT_LENGTH = 64;

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    /** Stores the events of one server, all in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(List<RelayedEvent> events, String origin, Instant at) {
        Object createdAt = UTC.convertToDatabaseColumn(at);
        for (RelayedEvent event : events) {
            String subject = event.subject();
            em.createNativeQuery("INSERT INTO CLUSTER_EVENT (KIND, SUBJECT, ORIGIN, CREATED_AT) VALUES (?, ?, ?, ?)")
                    .setParameter(1, event.kind().name())
                    // a null is bound untyped: PostgreSQL takes it for text, which the column is
                    .setParameter(2, subject == null || subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH))
                    .setParameter(3, origin)
                    .setParameter(4, createdAt)
                    .executeUpdate();
        }
    }

    /** The highest id stored, 0 when there is none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long lastId() {
        Number last = (Number) em.createNativeQuery("SELECT MAX(ID) FROM CLUSTER_EVENT").getSingleResult();
        return last == null ? 0 : last.longValue();
    }

    /** At most {@code max} rows with an id above {@code id}, in the order of their ids. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<EventRow> after(long id, int max) {
        List<?> rows = em.createNativeQuery("SELECT ID, KIND, SUBJECT, ORIGIN FROM CLUSTER_EVENT WHERE ID > ? ORDER BY ID")
                .setParameter(1, id)
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new EventRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /** Deletes the rows stored before {@code before}; any server may, as often as it likes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM CLUSTER_EVENT WHERE CREATED_AT < ?")
                .setParameter(1, UTC.convertToDatabaseColumn(before))
                .executeUpdate();
    }
}
