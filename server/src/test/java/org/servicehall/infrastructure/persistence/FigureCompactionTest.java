package org.servicehall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The slots of a day's figures folded back into slot 0 on a real (in-memory Derby) database with
 * the server's change log: the sums stay what they were, one row per figure is left, and a
 * writer that holds a slot row while the compaction runs is waited for and counted.
 */
class FigureCompactionTest {

    @RegisterExtension
    static final InMemoryDerby DERBY = InMemoryDerby.migrated("figures");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate OTHER_DAY = DAY.plusDays(1);

    private FigureCompaction compaction;

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = DERBY.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM COMPLAINT_FIGURE")) {
            delete.executeUpdate();
        }
        compaction = new FigureCompaction();
        compaction.dataSource = DERBY.dataSource();
    }

    @Test
    void a_days_slots_become_one_row_per_figure_with_the_same_sums_and_other_days_stay_as_they_are() throws SQLException {
        row(DAY, "RECEIVED", "ALL", 0, 40);
        row(DAY, "RECEIVED", "ALL", 7_000_001, 3);
        row(DAY, "RECEIVED", "ALL", 9_000_002, 2);
        row(DAY, "CHANNEL", "KIOSK", 7_000_001, 4);
        row(DAY, "CHANNEL", "KIOSK", 9_000_002, -1);
        row(DAY, "STAGE", "CLOSED", 0, 5);
        row(OTHER_DAY, "RECEIVED", "ALL", 7_000_001, 1);
        row(OTHER_DAY, "RECEIVED", "ALL", 9_000_002, 1);
        Map<String, Long> before = sums(DAY);

        assertEquals(4, compaction.compact(DAY), "four rows of slots other than 0");
        assertEquals(before, sums(DAY));
        assertEquals(Map.of("RECEIVED/ALL", 1, "CHANNEL/KIOSK", 1, "STAGE/CLOSED", 1), rowsPerFigure(DAY));
        assertEquals(2, rowsPerFigure(OTHER_DAY).get("RECEIVED/ALL"), "another day is compacted when it is touched");
        assertEquals(0, compaction.compact(DAY), "nothing left to fold");
    }

    @Test
    void a_touched_day_is_compacted_by_the_next_run_and_only_once() throws SQLException {
        row(OTHER_DAY, "RECEIVED", "ALL", 7_000_001, 1);
        row(OTHER_DAY, "RECEIVED", "ALL", 9_000_002, 1);
        compaction.touched(OTHER_DAY);
        compaction.runOnce();
        assertEquals(Map.of("RECEIVED/ALL", 1), rowsPerFigure(OTHER_DAY));
        assertEquals(Map.of("RECEIVED/ALL", 2L), sums(OTHER_DAY));
    }

    @Test
    void a_writer_holding_its_slot_row_is_waited_for_and_its_count_kept() throws Exception {
        row(DAY, "RECEIVED", "ALL", 0, 10);
        row(DAY, "RECEIVED", "ALL", 7_000_001, 1);
        try (Connection writer = DERBY.dataSource().getConnection()) {
            // a filing's transaction: its slot's row moved, not committed yet
            writer.setAutoCommit(false);
            try (PreparedStatement update = writer.prepareStatement("UPDATE COMPLAINT_FIGURE SET N = N + 1"
                    + " WHERE RECEIVED_DAY = ? AND FIGURE = 'RECEIVED' AND CODE = 'ALL' AND SLOT = 7000001")) {
                update.setDate(1, Date.valueOf(DAY));
                assertEquals(1, update.executeUpdate());
            }
            CompletableFuture<Integer> folding = CompletableFuture.supplyAsync(() -> {
                try {
                    return compaction.compact(DAY);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitLockWait();
            assertFalse(folding.isDone(), "the compaction waits for the writer's row");
            writer.commit();
            assertEquals(1, folding.get(60, TimeUnit.SECONDS));
        }
        assertEquals(Map.of("RECEIVED/ALL", 12L), sums(DAY), "the writer's count is in the sum");
        assertEquals(Map.of("RECEIVED/ALL", 1), rowsPerFigure(DAY));

        // the writer's next filing finds its row gone and inserts it again, as after any compaction
        row(DAY, "RECEIVED", "ALL", 7_000_001, 1);
        assertEquals(Map.of("RECEIVED/ALL", 13L), sums(DAY));
    }

    @Test
    void a_writer_adding_to_a_slot_the_compaction_has_read_waits_for_it_and_its_count_is_kept() throws Exception {
        row(DAY, "RECEIVED", "ALL", 0, 10);
        row(DAY, "RECEIVED", "ALL", 7_000_001, 1);
        row(DAY, "STAGE", "CLOSED", 7_000_001, 1);
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch write = new CountDownLatch(1);
        compaction.afterRead = () -> {
            read.countDown();
            try {
                write.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<Integer> folding = CompletableFuture.supplyAsync(() -> {
            try {
                return compaction.compact(DAY);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(read.await(30, TimeUnit.SECONDS), "the compaction read the day");
        // a filing of slot 7000001 moves its count now, as FigureCounts does: update, else insert
        CompletableFuture<Void> filing = CompletableFuture.runAsync(() -> {
            try (Connection writer = DERBY.dataSource().getConnection();
                 PreparedStatement update = writer.prepareStatement("UPDATE COMPLAINT_FIGURE SET N = N + 1"
                         + " WHERE RECEIVED_DAY = ? AND FIGURE = 'RECEIVED' AND CODE = 'ALL' AND SLOT = 7000001")) {
                update.setDate(1, Date.valueOf(DAY));
                if (update.executeUpdate() == 0) {
                    row(DAY, "RECEIVED", "ALL", 7_000_001, 1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitLockWait();
        assertFalse(filing.isDone(), "the row read stays locked until the compaction commits");
        write.countDown();
        assertEquals(2, folding.get(60, TimeUnit.SECONDS));
        filing.get(60, TimeUnit.SECONDS);
        assertEquals(Map.of("RECEIVED/ALL", 12L, "STAGE/CLOSED", 1L), sums(DAY), "nothing lost, nothing twice");
    }

    /** Waits until Derby shows a transaction waiting for another's lock. */
    private static void awaitLockWait() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            try (Connection connection = DERBY.dataSource().getConnection();
                 PreparedStatement locks = connection.prepareStatement(
                         "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT'");
                 ResultSet count = locks.executeQuery()) {
                count.next();
                if (count.getInt(1) > 0) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no transaction waited for a lock: the compaction and the writer did not meet");
    }

    private static void row(LocalDate day, String figure, String code, long slot, long n) throws SQLException {
        try (Connection connection = DERBY.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO COMPLAINT_FIGURE (RECEIVED_DAY, FIGURE, CODE, SLOT, N) VALUES (?, ?, ?, ?, ?)")) {
            insert.setDate(1, Date.valueOf(day));
            insert.setString(2, figure);
            insert.setString(3, code);
            insert.setLong(4, slot);
            insert.setLong(5, n);
            insert.executeUpdate();
        }
    }

    private static Map<String, Long> sums(LocalDate day) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection connection = DERBY.dataSource().getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "SELECT FIGURE, CODE, SUM(N) FROM COMPLAINT_FIGURE WHERE RECEIVED_DAY = ? GROUP BY FIGURE, CODE")) {
            read.setDate(1, Date.valueOf(day));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    sums.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
                }
            }
        }
        return sums;
    }

    private static Map<String, Integer> rowsPerFigure(LocalDate day) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection connection = DERBY.dataSource().getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "SELECT FIGURE, CODE, COUNT(*) FROM COMPLAINT_FIGURE WHERE RECEIVED_DAY = ? GROUP BY FIGURE, CODE")) {
            read.setDate(1, Date.valueOf(day));
            try (ResultSet result = read.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1) + "/" + result.getString(2), result.getInt(3));
                }
            }
        }
        return rows;
    }
}
