package org.servicehall.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Loads N complaints with their history by plain JDBC batches: received over the last 18 months
 * (fewer at weekends, slowly growing), numbered per day in the hall's zone, inserted in order of
 * receipt by one or more threads (each a contiguous range of days, its own connection).
 */
public final class ComplaintLoader {

    private static final int BATCH = 500;
    private static final int COMMIT_EVERY = 10_000;
    private static final long DAY = 86_400;

    private final long complaints;
    private final long now;
    private final long seed;
    private final PrintStream out;

    public ComplaintLoader(long complaints, long now, long seed, PrintStream out) {
        this.complaints = complaints;
        this.now = now;
        this.seed = seed;
        this.out = out;
    }

    /** What was loaded. */
    public record Loaded(long complaints, long history, double seconds, LocalDate firstDay, LocalDate lastDay) {
    }

    public Loaded load(Supplier<Connection> connections, int threads) throws Exception {
        long lastDay = Math.floorDiv(now + HallClock.ZONE_OFFSET, DAY);
        LocalDate last = LocalDate.ofEpochDay(lastDay);
        long firstDay = last.minusMonths(18).toEpochDay();
        int days = (int) (lastDay - firstDay + 1);
        long[] perDay = perDay(days, firstDay);
        long[] startIndex = new long[days + 1];
        for (int d = 0; d < days; d++) {
            startIndex[d + 1] = startIndex[d] + perDay[d];
        }

        try (Connection c = connections.get()) {
            DirectoryRows.insert(c);
            trackingCounters(c, firstDay, perDay);
        }

        AtomicLong doneComplaints = new AtomicLong();
        AtomicLong doneHistory = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        int from = 0;
        for (int t = 0; t < threads; t++) {
            long target = complaints * (t + 1) / threads;
            int to = from;
            while (to < days && startIndex[to] < target) {
                to++;
            }
            int dayFrom = from;
            int dayTo = t == threads - 1 ? days : to;
            from = dayTo;
            parts.add(pool.submit(() -> {
                loadDays(connections, dayFrom, dayTo, firstDay, perDay, startIndex, doneComplaints, doneHistory);
                return null;
            }));
        }
        pool.shutdown();
        long lastReport = System.nanoTime();
        long lastCount = 0;
        while (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            long count = doneComplaints.get();
            long nowNanos = System.nanoTime();
            out.printf("  loaded %,d / %,d complaints (%,d history rows), %,.0f complaints/s now, %,.0f overall%n",
                    count, complaints, doneHistory.get(), (count - lastCount) / ((nowNanos - lastReport) / 1e9),
                    count / ((nowNanos - started) / 1e9));
            lastReport = nowNanos;
            lastCount = count;
        }
        for (Future<?> part : parts) {
            part.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("  loaded %,d complaints and %,d history rows in %.1f s: %,.0f complaints/s, %,.0f rows/s%n",
                doneComplaints.get(), doneHistory.get(), seconds, doneComplaints.get() / seconds,
                (doneComplaints.get() + doneHistory.get()) / seconds);
        return new Loaded(doneComplaints.get(), doneHistory.get(), seconds, LocalDate.ofEpochDay(firstDay), last);
    }

    /** Complaints per day, adding up to N: weekdays busier than weekends, a slow growth, some noise. */
    private long[] perDay(int days, long firstDay) {
        double[] weight = new double[days];
        double total = 0;
        SplittableRandom r = new SplittableRandom(seed);
        for (int d = 0; d < days; d++) {
            long epochDay = firstDay + d;
            int dow = (int) Math.floorMod(epochDay + 3, 7); // 0 = Monday
            double w = dow < 5 ? 1.0 : dow == 5 ? 0.35 : 0.25;
            w *= 0.8 + 0.4 * d / days;
            w *= 0.85 + 0.3 * r.nextDouble();
            weight[d] = w;
            total += w;
        }
        long[] count = new long[days];
        long assigned = 0;
        for (int d = 0; d < days; d++) {
            count[d] = (long) Math.floor(complaints * weight[d] / total);
            assigned += count[d];
        }
        for (int d = days - 1; assigned < complaints; d = (d - 1 + days) % days) {
            count[d]++;
            assigned++;
        }
        return count;
    }

    private void loadDays(Supplier<Connection> connections, int dayFrom, int dayTo, long firstDay, long[] perDay,
                          long[] startIndex, AtomicLong doneComplaints, AtomicLong doneHistory) throws SQLException {
        ComplaintGenerator generator = new ComplaintGenerator(now, complaints);
        Object[] v = new Object[Col.ALL.length];
        try (Connection c = connections.get();
             PreparedStatement complaint = c.prepareStatement(Col.insertSql());
             PreparedStatement history = c.prepareStatement("INSERT INTO COMPLAINT_HISTORY (ID, COMPLAINT_ID, SEQ, ACTION,"
                     + " FROM_STATUS, TO_STATUS, ACTOR_ID, ACTOR_ROLE, TERMINAL, OCCURRED_AT, SUMMARY)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            int inBatch = 0;
            int sinceCommit = 0;
            long historyRows = 0;
            for (int d = dayFrom; d < dayTo; d++) {
                long epochDay = firstDay + d;
                SplittableRandom r = new SplittableRandom(seed * 1_000_003L + epochDay);
                long[] times = receiptTimes(r, (int) perDay[d], epochDay, now);
                for (int k = 0; k < times.length; k++) {
                    long index = startIndex[d] + k;
                    List<History> rows = generator.fill(index, times[k], k + 1, r, v);
                    bind(complaint, v);
                    complaint.addBatch();
                    long id = (Long) v[Col.ID.ordinal()];
                    for (int seq = 0; seq < rows.size(); seq++) {
                        History h = rows.get(seq);
                        history.setLong(1, ComplaintGenerator.HISTORY_ID_BASE + index * ComplaintGenerator.HISTORY_SLOTS + seq);
                        history.setLong(2, id);
                        history.setInt(3, seq + 1);
                        history.setString(4, h.action());
                        history.setString(5, h.from());
                        history.setString(6, h.to());
                        history.setString(7, h.actorId());
                        history.setString(8, h.role());
                        history.setString(9, h.terminal());
                        history.setTimestamp(10, timestamp(h.at()));
                        history.setString(11, h.summary());
                        history.addBatch();
                        historyRows++;
                    }
                    inBatch++;
                    sinceCommit++;
                    if (inBatch == BATCH) {
                        complaint.executeBatch();
                        history.executeBatch();
                        doneHistory.addAndGet(historyRows);
                        doneComplaints.addAndGet(inBatch);
                        historyRows = 0;
                        inBatch = 0;
                    }
                    if (sinceCommit >= COMMIT_EVERY) {
                        c.commit();
                        sinceCommit = 0;
                    }
                }
            }
            if (inBatch > 0) {
                complaint.executeBatch();
                history.executeBatch();
                doneHistory.addAndGet(historyRows);
                doneComplaints.addAndGet(inBatch);
            }
            c.commit();
        }
    }

    /** Sorted receipt times of one day: the hall's channels in opening hours, the others from morning to late evening. */
    private static long[] receiptTimes(SplittableRandom r, int count, long epochDay, long now) {
        long[] times = new long[count];
        long midnight = epochDay * DAY - HallClock.ZONE_OFFSET;
        // today: squeeze the day into the hours gone by, so that nothing is received in the future
        double squeeze = Math.min(1.0, Math.max(0, now - 1 - midnight) / (double) DAY);
        for (int i = 0; i < count; i++) {
            boolean hall = r.nextDouble() < 0.5;
            long second = hall ? 9 * 3600 + (long) (r.nextDouble() * 8.5 * 3600) : 7 * 3600 + (long) (r.nextDouble() * 16 * 3600);
            times[i] = midnight + (long) (second * squeeze);
        }
        Arrays.sort(times);
        return times;
    }

    private static void bind(PreparedStatement s, Object[] v) throws SQLException {
        for (Col col : Col.ALL) {
            int i = col.ordinal() + 1;
            Object value = v[col.ordinal()];
            if (value == null) {
                s.setNull(i, col.sqlType);
                continue;
            }
            switch (col.sqlType) {
                case Types.VARCHAR -> s.setString(i, (String) value);
                case Types.BIGINT -> s.setLong(i, ((Number) value).longValue());
                case Types.INTEGER -> s.setInt(i, ((Number) value).intValue());
                case Types.BOOLEAN -> s.setBoolean(i, (Boolean) value);
                case Types.TIMESTAMP -> s.setTimestamp(i, timestamp((Long) value));
                case Types.DATE -> s.setDate(i, Date.valueOf((LocalDate) value));
                default -> throw new IllegalStateException(col.name());
            }
        }
    }

    /** As the server's InstantAttributeConverter stores instants: the UTC wall-clock time. */
    static Timestamp timestamp(long epochSecond) {
        return Timestamp.valueOf(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
    }

    /** The server's per-day counters of tracking numbers, so that a complaint filed later gets the next number. */
    private static void trackingCounters(Connection c, long firstDay, long[] perDay) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement counter = c.prepareStatement("INSERT INTO TRACKING_COUNTER (COUNTER_DAY, LAST_NUMBER) VALUES (?, ?)")) {
            for (int d = 0; d < perDay.length; d++) {
                if (perDay[d] > 0) {
                    counter.setString(1, DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofEpochDay(firstDay + d)));
                    counter.setLong(2, perDay[d]);
                    counter.addBatch();
                }
            }
            counter.executeBatch();
        }
        c.commit();
    }
}
