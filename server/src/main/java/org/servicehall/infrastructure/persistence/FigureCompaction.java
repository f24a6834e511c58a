package org.servicehall.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.domain.model.complaint.ComplaintFigures.Figure;

/**
 * Folds the slots of {@link FigureCounts} back into one row per day and figure: a day's count
 * spread over the slots of every transaction that ran at once, on every server and after every
 * restart, becomes its slot-0 row again, so that the dashboard keeps reading a few rows per day.
 *
 * <p>Every period, this server compacts the days its own steps moved counts on. A day is compacted
 * in one transaction: its rows are read FOR UPDATE (in key order, the order writers lock them in)
 * and stay locked to the commit (on Derby at repeatable read), are summed into slot 0, and the
 * other slots' rows are deleted by key. The counts stay exact at every
 * moment: a writer whose slot row is locked waits, then finds it gone and inserts it anew; a row a
 * writer inserted and has not committed is either waited for and counted (Derby) or not seen and
 * left alone (PostgreSQL). Two servers compacting the same day at once collide on the slot-0 insert;
 * the loser rolls back and tries again next period.
 */
@ApplicationScoped
public class FigureCompaction {

    private static final Logger LOG = Logger.getLogger(FigureCompaction.class.getName());

    @Resource(lookup = "jdbc/servicehall")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** How often the touched days are compacted; 0 or less: never. */
    @Inject
    @ConfigProperty(name = "servicehall.figures.compaction.seconds", defaultValue = "300")
    long periodSeconds;

    private final Set<LocalDate> touched = ConcurrentHashMap.newKeySet();
    /** Runs between reading a day's rows and writing them (a test holds the compaction there). */
    Runnable afterRead = () -> { };
    private ScheduledFuture<?> schedule;

    /** A day whose counts this server moved: compacted at the next run. */
    void touched(LocalDate day) {
        touched.add(day);
    }

    public synchronized void start() {
        if (schedule == null && periodSeconds > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::runOnce, periodSeconds, periodSeconds, TimeUnit.SECONDS);
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    /** Compacts the days touched since the last run; a day that fails is tried again at the next. */
    void runOnce() {
        List<LocalDate> days = new ArrayList<>(touched);
        touched.removeAll(days);
        for (LocalDate day : days) {
            try {
                compact(day);
            } catch (SQLException | RuntimeException e) {
                touched.add(day);
                LOG.log(Level.INFO, "The figures of {0} were not compacted this time: {1}", new Object[] {day, e.toString()});
            }
        }
    }

    /** Folds the day's slots into slot 0; returns the number of rows removed. */
    public int compact(LocalDate day) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            // the rows read must stay locked until the commit, or a writer could add to a row between
            // its reading here and its deletion. PostgreSQL holds the locks of FOR UPDATE to the end
            // of the transaction (and at read committed reads the newest version of a row it had to
            // wait for); Derby, at read committed, gives up the lock of a row read FOR UPDATE and not
            // changed as soon as the cursor moves on, and keeps it only at repeatable read
            boolean derby = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
            if (derby) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                int removed = compact(connection, Date.valueOf(day), derby);
                connection.commit();
                return removed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Rows are locked and written in key order, by code point as {@link FigureCounts}'s writers lock
     * them. Derby reads them so along the primary key's range scan of the day (it refuses ORDER BY
     * with FOR UPDATE, and compares by code point); PostgreSQL is told to sort them by code point
     * ("C"), as its collation may order text otherwise, and locks them in that order. The rows are
     * written in the same order, one by one: a reader summing the day on Derby at repeatable read
     * (as this compaction reads) holds its read locks to the end of its scan, and were a later row
     * written before an earlier one, the reader could wait for the later while this waits for the
     * reader's lock on the earlier (a deadlock).
     */
    private int compact(Connection connection, Date day, boolean derby) throws SQLException {
        Map<Figure, Long> sums = new TreeMap<>(FigureCounts.KEY_ORDER);
        Map<Figure, List<Long>> slots = new TreeMap<>(FigureCounts.KEY_ORDER);
        Set<Figure> hasSlotZero = new HashSet<>();
        try (PreparedStatement read = connection.prepareStatement("SELECT FIGURE, CODE, SLOT, N FROM COMPLAINT_FIGURE"
                + " WHERE RECEIVED_DAY = ?" + (derby ? "" : " ORDER BY FIGURE COLLATE \"C\", CODE COLLATE \"C\", SLOT")
                + " FOR UPDATE")) {
            read.setDate(1, day);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Figure figure = new Figure(rows.getString(1), rows.getString(2));
                    long slot = rows.getLong(3);
                    sums.merge(figure, rows.getLong(4), Long::sum);
                    if (slot == 0) {
                        hasSlotZero.add(figure);
                    } else {
                        slots.computeIfAbsent(figure, f -> new ArrayList<>()).add(slot);
                    }
                }
            }
        }
        if (slots.isEmpty()) {
            return 0;
        }
        afterRead.run();
        int removed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE COMPLAINT_FIGURE SET N = ? WHERE RECEIVED_DAY = ? AND FIGURE = ? AND CODE = ? AND SLOT = 0");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO COMPLAINT_FIGURE (RECEIVED_DAY, FIGURE, CODE, SLOT, N) VALUES (?, ?, ?, 0, ?)");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM COMPLAINT_FIGURE WHERE RECEIVED_DAY = ? AND FIGURE = ? AND CODE = ? AND SLOT = ?")) {
            for (Map.Entry<Figure, List<Long>> entry : slots.entrySet()) {
                Figure figure = entry.getKey();
                // slot 0 first: it comes first in the key's order
                if (hasSlotZero.contains(figure)) {
                    update.setLong(1, sums.get(figure));
                    update.setDate(2, day);
                    update.setString(3, figure.name());
                    update.setString(4, figure.code());
                    update.executeUpdate();
                } else {
                    insert.setDate(1, day);
                    insert.setString(2, figure.name());
                    insert.setString(3, figure.code());
                    insert.setLong(4, sums.get(figure));
                    insert.executeUpdate();
                }
                List<Long> others = entry.getValue();
                others.sort(null);
                for (long slot : others) {
                    delete.setDate(1, day);
                    delete.setString(2, figure.name());
                    delete.setString(3, figure.code());
                    delete.setLong(4, slot);
                    removed += delete.executeUpdate();
                }
            }
        }
        return removed;
    }
}
