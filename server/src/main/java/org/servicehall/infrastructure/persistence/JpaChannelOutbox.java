package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.servicehall.application.ChannelOutbox;

/**
 * The CHANNEL_OUTBOX table: changes are kept in the transaction of the complaint's step, read
 * back by the delivery job when their next attempt is due, and marked delivered or put off.
 * What a change says beyond its keys travels as a small JSON document.
 */
@ApplicationScoped
public class JpaChannelOutbox implements ChannelOutbox {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();
    private static final int PAYLOAD_MAX = 8000;

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(Change c) {
        Number kept = (Number) em.createNativeQuery("SELECT COUNT(*) FROM CHANNEL_OUTBOX WHERE CHANNEL_ID = ? AND CHANGE_ID = ?")
                .setParameter(1, c.channelId()).setParameter(2, c.changeId()).getSingleResult();
        if (kept.longValue() > 0) {
            return;
        }
        Timestamp now = UTC.convertToDatabaseColumn(clock.instant());
        em.createNativeQuery("INSERT INTO CHANNEL_OUTBOX (CHANNEL_ID, CHANGE_ID, KIND, TRACKING_NUMBER, EXTERNAL_REF,"
                        + " HISTORY_SEQ, OCCURRED_AT, STATUS, PAYLOAD, CREATED_AT, ATTEMPTS, NEXT_ATTEMPT_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .setParameter(1, c.channelId())
                .setParameter(2, c.changeId())
                .setParameter(3, c.kind())
                .setParameter(4, c.trackingNumber())
                .setParameter(5, c.externalReference())
                .setParameter(6, c.historySequence())
                .setParameter(7, UTC.convertToDatabaseColumn(c.occurredAt()))
                .setParameter(8, c.status())
                .setParameter(9, payload(c))
                .setParameter(10, now)
                .setParameter(11, now)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int lastSequence(String channelId, String trackingNumber) {
        Number max = (Number) em.createNativeQuery("SELECT MAX(HISTORY_SEQ) FROM CHANNEL_OUTBOX WHERE CHANNEL_ID = ? AND TRACKING_NUMBER = ?")
                .setParameter(1, channelId).setParameter(2, trackingNumber).getSingleResult();
        return max == null ? -1 : max.intValue();
    }

    /**
     * Undelivered changes of these channels whose next attempt is due at {@code now}, oldest first;
     * those of other channels (absent now) wait without blocking these.
     */
    @Transactional
    public List<PendingChange> due(Instant now, Set<String> channelIds, int max) {
        if (channelIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(channelIds.size(), "?"));
        Query query = em.createNativeQuery("SELECT ID, ATTEMPTS, CHANNEL_ID, CHANGE_ID, KIND, TRACKING_NUMBER,"
                        + " EXTERNAL_REF, HISTORY_SEQ, OCCURRED_AT, STATUS, PAYLOAD FROM CHANNEL_OUTBOX"
                        + " WHERE DELIVERED_AT IS NULL AND NEXT_ATTEMPT_AT <= ? AND CHANNEL_ID IN (" + in + ") ORDER BY ID")
                .setParameter(1, UTC.convertToDatabaseColumn(now));
        int position = 2;
        for (String channelId : channelIds) {
            query.setParameter(position++, channelId);
        }
        List<?> rows = query.setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new PendingChange(((Number) r[0]).longValue(),
                ((Number) r[1]).intValue(), change(r))).toList();
    }

    @Transactional
    public void delivered(long id) {
        em.createNativeQuery("UPDATE CHANNEL_OUTBOX SET DELIVERED_AT = ?, ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = NULL WHERE ID = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(clock.instant())).setParameter(2, id).executeUpdate();
    }

    /** Counts a failed attempt and puts the next one off until {@code next}. */
    @Transactional
    public void retryAt(long id, Instant next, String error) {
        em.createNativeQuery("UPDATE CHANNEL_OUTBOX SET ATTEMPTS = ATTEMPTS + 1, NEXT_ATTEMPT_AT = ?, LAST_ERROR = ? WHERE ID = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(next)).setParameter(2, cut(error, 300)).setParameter(3, id)
                .executeUpdate();
    }

    /** Undelivered changes of a channel. */
    @Transactional
    public long waiting(String channelId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM CHANNEL_OUTBOX WHERE CHANNEL_ID = ? AND DELIVERED_AT IS NULL")
                .setParameter(1, channelId).getSingleResult()).longValue();
    }

    private static String payload(Change c) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        add(json, "reason", c.reason());
        add(json, "finding", c.finding());
        add(json, "findingText", c.findingText());
        add(json, "feedback", c.feedback());
        JsonArrayBuilder measures = Json.createArrayBuilder();
        c.measures().forEach(m -> measures.add(cut(m, 1000)));
        json.add("measures", measures);
        String text = json.build().toString();
        return text.length() <= PAYLOAD_MAX ? text : Json.createObjectBuilder()
                .add("reason", cut(c.reason() == null ? "" : c.reason(), 1000))
                .add("finding", c.finding() == null ? "" : c.finding())
                .add("findingText", cut(c.findingText() == null ? "" : c.findingText(), 2000))
                .add("feedback", cut(c.feedback() == null ? "" : c.feedback(), 2000))
                .add("measures", Json.createArrayBuilder()).build().toString();
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, cut(value, 2000));
        }
    }

    private static Change change(Object[] r) {
        JsonObject p;
        try (JsonReader reader = Json.createReader(new StringReader((String) r[10]))) {
            p = reader.readObject();
        }
        return new Change((String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                ((Number) r[7]).intValue(), UTC.convertToEntityAttribute((Timestamp) r[8]), (String) r[9],
                text(p, "reason"), text(p, "finding"), text(p, "findingText"),
                p.getJsonArray("measures").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                text(p, "feedback"));
    }

    private static String text(JsonObject json, String name) {
        String value = json.getString(name, null);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
