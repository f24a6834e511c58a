package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicehall.application.LoginLedger;
import org.servicehall.application.LoginThrottle;

/**
 * The tables LOGIN_THROTTLE (one row per user name with wrong passwords or a lock) and LOGIN_AUDIT.
 * A wrong password is counted by one UPDATE, which also holds the row until the transaction ends, so
 * two servers counting the same name at once count both; the first wrong password of a name
 * inserts its row, and of two servers doing so at once one fails and counts again.
 */
@ApplicationScoped
public class JpaLoginLedger implements LoginLedger {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    @Transactional
    public Optional<Row> find(String username) {
        List<?> rows = em.createNativeQuery("SELECT LOCKED_UNTIL, FAILURES, FIRST_FAILED_AT FROM LOGIN_THROTTLE WHERE USERNAME = ?")
                .setParameter(1, username).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Row(Optional.ofNullable(instant(r[0])), ((Number) r[1]).intValue(), instant(r[2])))
                .findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Integer> countFailure(String username, Instant now, Instant windowStart, int maxFailures,
                                          Instant lockUntil) {
        Timestamp at = UTC.convertToDatabaseColumn(now);
        Timestamp window = UTC.convertToDatabaseColumn(windowStart);
        // a locked name counts nothing more; a count older than the window starts again at one
        int updated = em.createNativeQuery("UPDATE LOGIN_THROTTLE SET"
                        + " FAILURES = CASE WHEN FIRST_FAILED_AT IS NULL OR FIRST_FAILED_AT < CAST(? AS TIMESTAMP)"
                        + " THEN 1 ELSE FAILURES + 1 END,"
                        + " FIRST_FAILED_AT = CASE WHEN FIRST_FAILED_AT IS NULL OR FIRST_FAILED_AT < CAST(? AS TIMESTAMP)"
                        + " THEN CAST(? AS TIMESTAMP) ELSE FIRST_FAILED_AT END,"
                        + " LAST_FAILED_AT = ?"
                        + " WHERE USERNAME = ? AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL <= ?)")
                .setParameter(1, window).setParameter(2, window).setParameter(3, at).setParameter(4, at)
                .setParameter(5, username).setParameter(6, at).executeUpdate();
        if (updated == 0) {
            List<?> locked = em.createNativeQuery("SELECT FAILURES FROM LOGIN_THROTTLE WHERE USERNAME = ?")
                    .setParameter(1, username).getResultList();
            if (!locked.isEmpty()) {
                return Optional.of(((Number) locked.get(0)).intValue());
            }
            em.createNativeQuery("INSERT INTO LOGIN_THROTTLE (USERNAME, FAILURES, FIRST_FAILED_AT, LAST_FAILED_AT)"
                            + " VALUES (?, 1, ?, ?)")
                    .setParameter(1, username).setParameter(2, at).setParameter(3, at).executeUpdate();
        }
        int failures = ((Number) em.createNativeQuery("SELECT FAILURES FROM LOGIN_THROTTLE WHERE USERNAME = ?")
                .setParameter(1, username).getSingleResult()).intValue();
        if (failures < maxFailures) {
            return Optional.of(failures);
        }
        em.createNativeQuery("UPDATE LOGIN_THROTTLE SET LOCKED_UNTIL = ?, FAILURES = 0, FIRST_FAILED_AT = NULL"
                        + " WHERE USERNAME = ?")
                .setParameter(1, UTC.convertToDatabaseColumn(lockUntil)).setParameter(2, username).executeUpdate();
        return Optional.empty();
    }

    @Override
    @Transactional
    public void forget(String username, Instant now) {
        em.createNativeQuery("DELETE FROM LOGIN_THROTTLE WHERE USERNAME = ? AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL <= ?)")
                .setParameter(1, username).setParameter(2, UTC.convertToDatabaseColumn(now)).executeUpdate();
    }

    @Override
    @Transactional
    public boolean remove(String username) {
        return em.createNativeQuery("DELETE FROM LOGIN_THROTTLE WHERE USERNAME = ?").setParameter(1, username)
                .executeUpdate() > 0;
    }

    @Override
    @Transactional
    public void prune(Instant now, Instant staleBefore) {
        em.createNativeQuery("DELETE FROM LOGIN_THROTTLE WHERE LAST_FAILED_AT < ? AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL <= ?)")
                .setParameter(1, UTC.convertToDatabaseColumn(staleBefore)).setParameter(2, UTC.convertToDatabaseColumn(now))
                .executeUpdate();
    }

    @Override
    @Transactional
    public List<LoginThrottle.Lock> lockedAt(Instant now) {
        List<?> rows = em.createNativeQuery("SELECT USERNAME, LOCKED_UNTIL FROM LOGIN_THROTTLE WHERE LOCKED_UNTIL > ?"
                        + " ORDER BY LOCKED_UNTIL DESC")
                .setParameter(1, UTC.convertToDatabaseColumn(now)).setMaxResults(500).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new LoginThrottle.Lock((String) r[0], instant(r[1]))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(LoginThrottle.Event event) {
        em.createNativeQuery("INSERT INTO LOGIN_AUDIT (OCCURRED_AT, USERNAME, KIND, ACTOR, CLIENT, DETAIL) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, UTC.convertToDatabaseColumn(event.at()))
                .setParameter(2, cut(event.username(), 64))
                .setParameter(3, cut(event.event(), 20))
                .setParameter(4, cut(event.actor(), 64))
                .setParameter(5, cut(event.client(), 64))
                .setParameter(6, cut(event.detail(), 200))
                .executeUpdate();
    }

    @Override
    @Transactional
    public List<LoginThrottle.Event> latest(int max) {
        List<?> rows = em.createNativeQuery("SELECT OCCURRED_AT, USERNAME, KIND, ACTOR, CLIENT, DETAIL FROM LOGIN_AUDIT ORDER BY OCCURRED_AT DESC, ID DESC")
                .setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new LoginThrottle.Event(instant(r[0]), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? UTC.convertToEntityAttribute(timestamp) : null;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
