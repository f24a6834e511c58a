package org.servicehall.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.servicehall.domain.model.complaint.ComplaintFigures;
import org.servicehall.domain.model.complaint.ComplaintFigures.Figure;

/**
 * The counts per day and figure of table {@code COMPLAINT_FIGURE}, moved in the transaction that
 * stores a complaint's step, so that they are exact whenever the step is.
 *
 * <p>A count is kept in several rows (slots), summed when read: each transaction that moves counts
 * writes to a slot that no other running transaction of this server uses, taken from a pool for the
 * transaction's duration. Concurrent filings thus never wait for each other's row locks (there is
 * no "today's total" row that every filing would update), and a slot's row is only ever inserted by
 * its one writer, so inserts do not race. Each server start draws a random 63-bit base for its
 * slots, so servers sharing a database do not share slots; slot 0 holds what the migration counted
 * (change set 020). The pool grows to the largest number of transactions that stored at once.
 * {@link FigureCompaction} folds a day's slots back into slot 0 every few minutes.
 */
@ApplicationScoped
public class FigureCounts {

    /**
     * The primary key's order within a day: figure, then code, both by code point as Derby compares
     * them. Writers and the compaction lock a day's rows in this order.
     */
    static final Comparator<Figure> KEY_ORDER = Comparator.comparing(Figure::name).thenComparing(Figure::code);

    private static final String SLOT_KEY = FigureCounts.class.getName() + ".slot";

    private final long base = new SecureRandom().nextLong(1L << 40, Long.MAX_VALUE >> 1) & ~0xFFFFFL;
    private final AtomicLong created = new AtomicLong();
    private final ConcurrentLinkedDeque<Long> free = new ConcurrentLinkedDeque<>();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    FigureCompaction compaction;

    /** Moves the day's counts from {@code before} (null: a complaint not counted yet) to {@code after}. */
    public void move(ComplaintFigures before, ComplaintFigures after) {
        Map<Figure, Integer> change = ComplaintFigures.change(before, after);
        if (change.isEmpty()) {
            return;
        }
        long slot = slotOfThisTransaction();
        compaction.touched(after.day());
        Date day = Date.valueOf(after.day());
        // in key order, the order in which a reader's scan of a day meets them: on Derby a scan at
        // repeatable read (the compaction's) holds its read locks to its end, and rows locked in
        // another order could close a cycle with it
        List<Map.Entry<Figure, Integer>> ordered = change.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(KEY_ORDER))
                .toList();
        // one JDBC batch of updates on the transaction's own connection (the store has just flushed,
        // so it holds one), and one of inserts for the rows the slot does not have yet: a step's
        // counts cost two round trips, not two statements per figure
        Connection connection = em.unwrap(Connection.class);
        try {
            List<Map.Entry<Figure, Integer>> missing = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement("UPDATE COMPLAINT_FIGURE SET N = N + ?"
                    + " WHERE RECEIVED_DAY = ? AND FIGURE = ? AND CODE = ? AND SLOT = ?")) {
                for (Map.Entry<Figure, Integer> figure : ordered) {
                    update.setLong(1, figure.getValue());
                    update.setDate(2, day);
                    update.setString(3, figure.getKey().name());
                    update.setString(4, figure.getKey().code());
                    update.setLong(5, slot);
                    update.addBatch();
                }
                int[] updated = update.executeBatch();
                for (int i = 0; i < updated.length; i++) {
                    if (updated[i] == 0) {
                        missing.add(ordered.get(i));
                    }
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO COMPLAINT_FIGURE (RECEIVED_DAY, FIGURE, CODE, SLOT, N) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<Figure, Integer> figure : missing) {
                    insert.setDate(1, day);
                    insert.setString(2, figure.getKey().name());
                    insert.setString(3, figure.getKey().code());
                    insert.setLong(4, slot);
                    insert.setLong(5, figure.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("the statistics' counts of " + after.day() + " could not be moved", e);
        }
    }

    private long slotOfThisTransaction() {
        Object held = transactions.getResource(SLOT_KEY);
        if (held != null) {
            return (Long) held;
        }
        Long taken = free.pollFirst();
        long slot = taken != null ? taken : base + created.incrementAndGet();
        transactions.putResource(SLOT_KEY, slot);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // committed or rolled back, the transaction no longer writes to the slot
                free.addFirst(slot);
            }
        });
        return slot;
    }
}
