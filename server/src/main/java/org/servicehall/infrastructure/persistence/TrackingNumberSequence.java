package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One counter row per day in TRACKING_COUNTER. The row is incremented in its own short
 * transaction: the row lock serialises servers sharing the database, and the lock is released
 * before the complaint itself is written.
 */
@ApplicationScoped
public class TrackingNumberSequence {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    /** The next number of the day, starting at 1. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long next(LocalDate day) {
        String key = DateTimeFormatter.BASIC_ISO_DATE.format(day);
        int updated = em.createNativeQuery(
                        "UPDATE TRACKING_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1 WHERE COUNTER_DAY = ?")
                .setParameter(1, key)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO TRACKING_COUNTER (COUNTER_DAY, LAST_NUMBER) VALUES (?, 1)")
                    .setParameter(1, key)
                    .executeUpdate();
            return 1;
        }
        Number value = (Number) em.createNativeQuery(
                        "SELECT LAST_NUMBER FROM TRACKING_COUNTER WHERE COUNTER_DAY = ?")
                .setParameter(1, key)
                .getSingleResult();
        return value.longValue();
    }
}
