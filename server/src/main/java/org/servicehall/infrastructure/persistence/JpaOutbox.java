package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.servicehall.application.Outbox;
import org.servicehall.application.OutboxMessages;
import org.servicehall.application.OutboxPosted;

/**
 * The OUTBOX table: messages are written in the caller's transaction (or a new one), read back by
 * the delivery job, and marked delivered or failed.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox, OutboxMessages {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    /** A message waiting for delivery, with its id. */
    public record Pending(long id, Message message) {
    }

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxPosted> posted;

    @Override
    @Transactional
    public void post(Message m) {
        em.createNativeQuery("INSERT INTO OUTBOX (CREATED_AT, RECIPIENT_KIND, RECIPIENT_ID, TRACKING_NUMBER,"
                        + " SUBJECT_ZH, SUBJECT_EN, BODY_ZH, BODY_EN, ATTEMPTS, KIND, IMPORTANT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .setParameter(1, UTC.convertToDatabaseColumn(clock.instant()))
                .setParameter(2, m.recipientKind().name())
                .setParameter(3, m.recipientId())
                .setParameter(4, m.trackingNumber())
                .setParameter(5, cut(m.subjectZh(), 200))
                .setParameter(6, cut(m.subjectEn(), 200))
                .setParameter(7, cut(m.bodyZh(), 1000))
                .setParameter(8, cut(m.bodyEn(), 1000))
                .setParameter(9, m.kind() == null ? null : cut(m.kind(), 30))
                .setParameter(10, m.important())
                .executeUpdate();
        posted.fire(new OutboxPosted(m.recipientKind(), m.recipientId()));
    }

    /** Undelivered messages tried fewer than {@code maxAttempts} times, oldest first. */
    @Transactional
    public List<Pending> pending(int maxAttempts, int max) {
        List<?> rows = em.createNativeQuery("SELECT ID, RECIPIENT_KIND, RECIPIENT_ID, TRACKING_NUMBER, SUBJECT_ZH,"
                        + " SUBJECT_EN, BODY_ZH, BODY_EN FROM OUTBOX WHERE DELIVERED_AT IS NULL AND ATTEMPTS < ? ORDER BY ID")
                .setParameter(1, maxAttempts).setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Pending(((Number) r[0]).longValue(),
                new Message(RecipientKind.valueOf((String) r[1]), (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7]))).toList();
    }

    @Override
    @Transactional
    public List<Posted> recent(String trackingNumber, int max) {
        String columns = "SELECT ID, RECIPIENT_KIND, RECIPIENT_ID, TRACKING_NUMBER, SUBJECT_ZH, SUBJECT_EN, BODY_ZH, BODY_EN,"
                + " CREATED_AT, DELIVERED_AT, DELIVERED_BY, ATTEMPTS, LAST_ERROR FROM OUTBOX";
        var query = trackingNumber == null
                ? em.createNativeQuery(columns + " ORDER BY ID DESC")
                : em.createNativeQuery(columns + " WHERE TRACKING_NUMBER = ? ORDER BY ID DESC").setParameter(1, trackingNumber);
        List<?> rows = query.setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Posted(((Number) r[0]).longValue(),
                instant(r[8]), new Message(RecipientKind.valueOf((String) r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7]),
                instant(r[9]), (String) r[10], ((Number) r[11]).intValue(), (String) r[12])).toList();
    }

    private static java.time.Instant instant(Object column) {
        return column instanceof java.sql.Timestamp t ? UTC.convertToEntityAttribute(t)
                : column instanceof java.time.LocalDateTime l ? UTC.convertToEntityAttribute(java.sql.Timestamp.valueOf(l)) : null;
    }

    @Transactional
    public void delivered(long id, String notifierId) {
        em.createNativeQuery("UPDATE OUTBOX SET DELIVERED_AT = ?, DELIVERED_BY = ?, ATTEMPTS = ATTEMPTS + 1 WHERE ID = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(clock.instant())).setParameter(2, notifierId).setParameter(3, id)
                .executeUpdate();
    }

    @Transactional
    public void failed(long id, String error) {
        em.createNativeQuery("UPDATE OUTBOX SET ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = ? WHERE ID = ?")
                .setParameter(1, cut(error, 300)).setParameter(2, id).executeUpdate();
    }

    /** Messages about a complaint, newest first: subject (zh), recipient kind and id. */
    @Transactional
    public List<Object[]> about(String trackingNumber) {
        List<?> rows = em.createNativeQuery("SELECT SUBJECT_ZH, RECIPIENT_KIND, RECIPIENT_ID, BODY_EN FROM OUTBOX"
                        + " WHERE TRACKING_NUMBER = ? ORDER BY ID DESC")
                .setParameter(1, trackingNumber).getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
