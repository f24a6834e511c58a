package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reserves blocks of a day's running numbers in TRACKING_COUNTER, one row per day whose
 * LAST_NUMBER is the highest number any server has reserved for that day. A reservation is one
 * short transaction of its own, committed before any number of the block is used: the row's lock
 * is held for one UPDATE and its commit, and only when a server has used up its block.
 */
@ApplicationScoped
public class DayNumberReservations {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    /**
     * Reserves the next {@code count} numbers of the day for the caller alone.
     *
     * @return the last number of the block; the block is {@code last - count + 1 .. last}
     * @throws jakarta.persistence.PersistenceException when another server created the day's row
     *         at the same moment (the caller tries again: the row then exists)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long reserve(LocalDate day, int count) {
        String key = DateTimeFormatter.BASIC_ISO_DATE.format(day);
        int updated = em.createNativeQuery(
                        "UPDATE TRACKING_COUNTER SET LAST_NUMBER = LAST_NUMBER + ? WHERE COUNTER_DAY = ?")
                .setParameter(1, count)
                .setParameter(2, key)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO TRACKING_COUNTER (COUNTER_DAY, LAST_NUMBER) VALUES (?, ?)")
                    .setParameter(1, key)
                    .setParameter(2, count)
                    .executeUpdate();
            return count;
        }
        // the row is locked by the update above until this transaction ends: this is our block's end
        Number last = (Number) em.createNativeQuery("SELECT LAST_NUMBER FROM TRACKING_COUNTER WHERE COUNTER_DAY = ?")
                .setParameter(1, key)
                .getSingleResult();
        return last.longValue();
    }
}
