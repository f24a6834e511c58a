package org.servicehall.bench.queries;

import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicehall.bench.ComplaintLoader;
import org.servicehall.bench.LoadedStatistics;

/**
 * A database with N complaints for the queries: the one of an earlier run when {@code --reuse}
 * finds N complaints in it, otherwise the server's schema afresh and N complaints loaded.
 */
final class DatabasePreparation {

    private final QueryOptions options;
    private final BenchDatabase db;
    private final PrintStream out;

    DatabasePreparation(QueryOptions options, BenchDatabase db, PrintStream out) {
        this.options = options;
        this.db = db;
        this.out = out;
    }

    /** Returns the line on the load that the run repeats at its end. */
    String prepare() throws Exception {
        if (options.reuse() && (db.onPostgresql() || Files.isDirectory(options.db()))) {
            long count = -1;
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM COMPLAINT")) {
                rs.next();
                count = rs.getLong(1);
            } catch (SQLException e) {
                out.println("cannot reuse the database: " + e.getMessage());
            }
            if (count == options.complaints()) {
                out.printf("reusing the database of an earlier run (%,d complaints)%n", count);
                if (db.migrate(false)) {
                    return "load: reused the database of an earlier run";
                }
                out.println("cannot bring the reused database's schema up to date: loading afresh");
            } else {
                out.printf("the database holds %,d complaints, not %,d: loading afresh%n", count, options.complaints());
            }
            db.shutdown();
        }
        if (db.onPostgresql()) {
            return preparePostgresql();
        }
        Disk.deleteRecursively(options.db());
        // Only while loading: no fsync per log buffer (this disk does ~500 synced writes a second)
        // and a larger page cache for the index inserts. The database is shut down cleanly after
        // the load and booted again without these settings for the queries.
        Map<String, String> loadSettings = Map.of("derby.system.durability", "test",
                "derby.storage.pageCacheSize", System.getProperty("bench.load.pageCacheSize", "16000"));
        loadSettings.forEach(System::setProperty);
        out.println("-- Derby settings while loading only: " + new TreeMap<>(loadSettings));

        out.println("-- schema: the server's Liquibase change log, run by its DatabaseMigration");
        long t0 = System.nanoTime();
        if (!db.migrate(true)) {
            throw new IllegalStateException("the Liquibase migration failed (see the log above)");
        }
        out.printf("  schema created in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        out.printf("-- loading %,d complaints with %d thread(s), JDBC batches, a commit every 10 000%n",
                options.complaints(), options.threads());
        long loadNow = Instant.now().getEpochSecond();
        ComplaintLoader.Loaded loaded = new ComplaintLoader(options.complaints(), loadNow, options.seed(), out)
                .load(() -> {
                    try {
                        return db.connect();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, options.threads());
        long t1 = System.nanoTime();
        try (Connection c = db.connect()) {
            LoadedStatistics.countFigures(c, out);
            LoadedStatistics.updateStatistics(c, out, "COMPLAINT", "COMPLAINT_HISTORY", "DEPARTMENT", "STAFF_MEMBER",
                    "COMPLAINT_FIGURE");
        }
        double statistics = (System.nanoTime() - t1) / 1e9;
        // boot again, so that the queries start from the database as the server would open it
        db.shutdown();
        loadSettings.keySet().forEach(System::clearProperty);
        return String.format("load: %,d complaints + %,d history rows (received %s .. %s) in %.0f s (%,.0f complaints/s),"
                        + " statistics %.0f s", loaded.complaints(), loaded.history(), loaded.firstDay(), loaded.lastDay(),
                loaded.seconds(), loaded.complaints() / loaded.seconds(), statistics);
    }

    /**
     * PostgreSQL: the schema afresh from the server's change log, the load with durable commits off
     * for the loading sessions only (synchronous_commit, as Derby's durability=test), then VACUUM
     * ANALYZE, which autovacuum would do on a server, so that the queries see statistics and the
     * visibility map (index-only scans) as a running hall's database has them.
     */
    private String preparePostgresql() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        out.println("-- schema: the server's Liquibase change log (DatabaseMigration.update)");
        long t0 = System.nanoTime();
        if (!db.migrate(true)) {
            throw new IllegalStateException("the Liquibase migration failed (see the log above)");
        }
        out.printf("  schema created in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.printf("-- loading %,d complaints with %d thread(s), JDBC batches, a commit every 10 000;"
                + " synchronous_commit off while loading%n", options.complaints(), options.threads());
        long loadNow = Instant.now().getEpochSecond();
        ComplaintLoader.Loaded loaded = new ComplaintLoader(options.complaints(), loadNow, options.seed(), out)
                .load(() -> {
                    try {
                        Connection c = db.connect();
                        try (Statement s = c.createStatement()) {
                            s.execute("SET synchronous_commit = off");
                        }
                        return c;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, options.threads());
        long t1 = System.nanoTime();
        try (Connection c = db.connect()) {
            LoadedStatistics.countFigures(c, out);
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String table : List.of("COMPLAINT", "COMPLAINT_HISTORY", "DEPARTMENT", "STAFF_MEMBER", "TRACKING_COUNTER",
                    "COMPLAINT_FIGURE")) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
        }
        double statistics = (System.nanoTime() - t1) / 1e9;
        return String.format("load: %,d complaints + %,d history rows (received %s .. %s) in %.0f s (%,.0f complaints/s),"
                        + " VACUUM ANALYZE %.0f s", loaded.complaints(), loaded.history(), loaded.firstDay(), loaded.lastDay(),
                loaded.seconds(), loaded.complaints() / loaded.seconds(), statistics);
    }
}
