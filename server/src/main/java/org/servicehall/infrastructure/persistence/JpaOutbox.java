package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicehall.application.Outbox;
import org.servicehall.application.OutboxMessages;
import org.servicehall.application.OutboxPosted;
import org.servicehall.application.internal.CitizenNotices;

/**
 * The OUTBOX table: messages are written in the caller's transaction (or a new one), read back by
 * the delivery job, and marked delivered or failed.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox, OutboxMessages, CitizenNotices.DailyCount {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxPosted> posted;

    @Override
    @Transactional
    public void post(Message m, Instant notBefore) {
        em.createNativeQuery("INSERT INTO OUTBOX (CREATED_AT, RECIPIENT_KIND, RECIPIENT_ID, TRACKING_NUMBER,"
                        + " SUBJECT_ZH, SUBJECT_EN, BODY_ZH, BODY_EN, ATTEMPTS, KIND, IMPORTANT, NOT_BEFORE, PARAMS, SECRET)"
                        // a null is bound untyped: PostgreSQL takes it for text unless told otherwise
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, CAST(? AS TIMESTAMP), ?, ?)")
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
                .setParameter(11, notBefore == null ? null : UTC.convertToDatabaseColumn(notBefore))
                .setParameter(12, MessageParams.write(m.params(), 1000))
                .setParameter(13, m.secret() == null ? null : cut(m.secret(), 64))
                .executeUpdate();
        posted.fire(new OutboxPosted(m.recipientKind(), m.recipientId()));
    }

    /**
     * Undelivered messages tried fewer than {@code maxAttempts} times whose time has come, oldest
     * first, with their secret (for the notifiers only).
     */
    @Transactional
    public List<PendingMessage> pending(int maxAttempts, int max) {
        List<?> rows = em.createNativeQuery("SELECT ID, RECIPIENT_KIND, RECIPIENT_ID, TRACKING_NUMBER, SUBJECT_ZH,"
                        + " SUBJECT_EN, BODY_ZH, BODY_EN, KIND, IMPORTANT, PARAMS, SECRET, ATTEMPTS FROM OUTBOX"
                        + " WHERE DELIVERED_AT IS NULL AND ATTEMPTS < ? AND (NOT_BEFORE IS NULL OR NOT_BEFORE <= ?) ORDER BY ID")
                .setParameter(1, maxAttempts).setParameter(2, UTC.convertToDatabaseColumn(clock.instant()))
                .setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new PendingMessage(((Number) r[0]).longValue(),
                new Message(RecipientKind.valueOf((String) r[1]), (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8], flag(r[9]),
                        MessageParams.read((String) r[10]), (String) r[11]), ((Number) r[12]).intValue())).toList();
    }

    /** The notifiers that have sent a message already: never asked to send it again. */
    @Transactional
    public Set<String> sentBy(long outboxId) {
        List<?> rows = em.createNativeQuery("SELECT NOTIFIER_ID FROM OUTBOX_DELIVERY WHERE OUTBOX_ID = ? AND SENT_AT IS NOT NULL")
                .setParameter(1, outboxId).getResultList();
        return rows.stream().map(String.class::cast).collect(Collectors.toSet());
    }

    /** A notifier sent (or handed to its gateway) a message: recorded at once, before any other notifier is tried. */
    @Transactional
    public void sent(long outboxId, String notifierId) {
        attempt(outboxId, notifierId, "SENT", null, clock.instant());
        // the outbox list names who has sent it so far; DELIVERED_AT waits for all of them
        em.createNativeQuery("UPDATE OUTBOX SET DELIVERED_BY = COALESCE(DELIVERED_BY, CAST(? AS VARCHAR(60)))"
                        + " WHERE ID = ?")
                .setParameter(1, cut(notifierId, 60)).setParameter(2, outboxId).executeUpdate();
    }

    /** A notifier failed to send a message; it is asked again at the message's next attempt. */
    @Transactional
    public void notSent(long outboxId, String notifierId, String error) {
        attempt(outboxId, notifierId, "FAILED", cut(error, 300), null);
    }

    private void attempt(long outboxId, String notifierId, String state, String error, Instant sentAt) {
        Object sent = sentAt == null ? null : UTC.convertToDatabaseColumn(sentAt);
        int updated = em.createNativeQuery("UPDATE OUTBOX_DELIVERY SET STATE = ?, ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = ?,"
                        + " SENT_AT = CAST(? AS TIMESTAMP) WHERE OUTBOX_ID = ? AND NOTIFIER_ID = ? AND SENT_AT IS NULL")
                .setParameter(1, state).setParameter(2, error).setParameter(3, sent)
                .setParameter(4, outboxId).setParameter(5, notifierId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO OUTBOX_DELIVERY (OUTBOX_ID, NOTIFIER_ID, STATE, ATTEMPTS, LAST_ERROR, SENT_AT)"
                            + " VALUES (?, ?, ?, 1, ?, CAST(? AS TIMESTAMP))")
                    .setParameter(1, outboxId).setParameter(2, notifierId).setParameter(3, state)
                    .setParameter(4, error).setParameter(5, sent).executeUpdate();
        }
    }

    /**
     * What a gateway reported afterwards about a message a notifier sent.
     *
     * @return whether that notifier had sent that message
     */
    @Transactional
    public boolean reported(long outboxId, String notifierId, boolean delivered, String detail) {
        return em.createNativeQuery("UPDATE OUTBOX_DELIVERY SET STATE = ?, REPORTED_AT = ?, REPORT = ?"
                        + " WHERE OUTBOX_ID = ? AND NOTIFIER_ID = ? AND SENT_AT IS NOT NULL")
                .setParameter(1, delivered ? "DELIVERED" : "UNDELIVERED")
                .setParameter(2, UTC.convertToDatabaseColumn(clock.instant()))
                .setParameter(3, detail == null ? null : cut(detail, 40))
                .setParameter(4, outboxId).setParameter(5, notifierId).executeUpdate() > 0;
    }

    /**
     * How many messages to a complaint's complainant are due to go out in {@code [from, until)}:
     * the daily limit counts them.
     */
    @Transactional
    public long complainantMessages(String trackingNumber, Instant from, Instant until) {
        Object from1 = UTC.convertToDatabaseColumn(from);
        Object until1 = UTC.convertToDatabaseColumn(until);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM OUTBOX WHERE TRACKING_NUMBER = ? AND RECIPIENT_KIND = ?"
                        + " AND ((NOT_BEFORE IS NULL AND CREATED_AT >= ? AND CREATED_AT < ?)"
                        + " OR (NOT_BEFORE >= ? AND NOT_BEFORE < ?))")
                .setParameter(1, trackingNumber).setParameter(2, RecipientKind.COMPLAINANT.name())
                .setParameter(3, from1).setParameter(4, until1).setParameter(5, from1).setParameter(6, until1)
                .getSingleResult()).longValue();
    }

    @Override
    public long of(String trackingNumber, Instant from, Instant until) {
        return complainantMessages(trackingNumber, from, until);
    }

    /** Every notifier that was routed a message sent it: the message is done and its secret erased. */
    @Transactional
    public void delivered(long id, String notifierIds) {
        em.createNativeQuery("UPDATE OUTBOX SET DELIVERED_AT = ?, DELIVERED_BY = ?, ATTEMPTS = ATTEMPTS + 1, SECRET = NULL"
                        + " WHERE ID = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(clock.instant())).setParameter(2, cut(notifierIds, 60))
                .setParameter(3, id).executeUpdate();
    }

    /** A message not (fully) delivered: tried again at {@code retryAt}, or never after the last attempt. */
    @Transactional
    public void failed(long id, String error, Instant retryAt) {
        em.createNativeQuery("UPDATE OUTBOX SET ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = ?, NOT_BEFORE = CAST(? AS TIMESTAMP) WHERE ID = ?")
                .setParameter(1, cut(error, 300))
                .setParameter(2, retryAt == null ? null : UTC.convertToDatabaseColumn(retryAt))
                .setParameter(3, id).executeUpdate();
    }

    /** A complainant message that may not be sent (no consent, or consent withdrawn): done, nobody told. */
    @Transactional
    public void withheld(long id, String reason) {
        em.createNativeQuery("UPDATE OUTBOX SET DELIVERED_AT = ?, DELIVERED_BY = ?, SECRET = NULL, LAST_ERROR = ? WHERE ID = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(clock.instant())).setParameter(2, "-")
                .setParameter(3, cut(reason, 300)).setParameter(4, id).executeUpdate();
    }

    @Override
    @Transactional
    public List<Delivery> deliveries(String trackingNumber, int max) {
        List<?> rows = em.createNativeQuery("SELECT O.ID, O.KIND, O.RECIPIENT_KIND, O.RECIPIENT_ID, O.SUBJECT_ZH, O.SUBJECT_EN,"
                        + " O.CREATED_AT, O.NOT_BEFORE, O.DELIVERED_AT, O.DELIVERED_BY, D.NOTIFIER_ID, D.STATE, D.SENT_AT, D.REPORT,"
                        + " COALESCE(D.LAST_ERROR, O.LAST_ERROR)"
                        + " FROM OUTBOX O LEFT JOIN OUTBOX_DELIVERY D ON D.OUTBOX_ID = O.ID"
                        + " WHERE O.TRACKING_NUMBER = ? ORDER BY O.ID DESC, D.NOTIFIER_ID")
                .setParameter(1, trackingNumber).setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Delivery(((Number) r[0]).longValue(), (String) r[1],
                RecipientKind.valueOf((String) r[2]), (String) r[3], (String) r[4], (String) r[5], instant(r[6]),
                instant(r[7]), instant(r[8]), (String) r[9], (String) r[10], (String) r[11], instant(r[12]),
                (String) r[13], (String) r[14])).toList();
    }

    private static boolean flag(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    @Override
    @Transactional
    public List<Posted> recent(String trackingNumber, int max) {
        String columns = "SELECT ID, RECIPIENT_KIND, RECIPIENT_ID, TRACKING_NUMBER, SUBJECT_ZH, SUBJECT_EN, BODY_ZH, BODY_EN,"
                + " CREATED_AT, DELIVERED_AT, DELIVERED_BY, ATTEMPTS, LAST_ERROR, KIND, IMPORTANT, NOT_BEFORE FROM OUTBOX";
        var query = trackingNumber == null
                ? em.createNativeQuery(columns + " ORDER BY ID DESC")
                : em.createNativeQuery(columns + " WHERE TRACKING_NUMBER = ? ORDER BY ID DESC").setParameter(1, trackingNumber);
        List<?> rows = query.setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Posted(((Number) r[0]).longValue(),
                instant(r[8]), new Message(RecipientKind.valueOf((String) r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[13], flag(r[14])),
                instant(r[9]), (String) r[10], ((Number) r[11]).intValue(), (String) r[12], instant(r[15]))).toList();
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp t ? UTC.convertToEntityAttribute(t)
                : column instanceof LocalDateTime l ? UTC.convertToEntityAttribute(Timestamp.valueOf(l)) : null;
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
