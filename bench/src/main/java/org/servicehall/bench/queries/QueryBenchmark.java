package org.servicehall.bench.queries;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.Version;
import org.servicehall.bench.PlainSql;

/**
 * The query benchmark: a fresh embedded Derby database with the server's own schema (its Liquibase
 * change log run by its own {@code DatabaseMigration}), N complaints loaded by plain JDBC, then the
 * staff queries timed through the server's own {@code JpaCaseFinder} and {@code JpaStatisticsQueries}
 * on an EclipseLink EntityManagerFactory, each next to the same result computed by hand-written
 * SQL on the same database in the same run.
 *
 * <p>Targets (from the issue): each JPA query at most 2x its plain SQL, the first page under
 * 100 ms; judged on the medians. They live here, never in a unit test.
 */
public final class QueryBenchmark {

    /** Kept so that java.util.logging does not forget the level. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final QueryOptions options;
    private final PrintStream out;
    private final BenchDatabase db;

    private QueryBenchmark(QueryOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.db = new BenchDatabase(options, out);
    }

    public static void main(String[] args) throws Exception {
        QueryOptions options = QueryOptions.parse(args);
        Files.createDirectories(options.db().getParent());
        System.setProperty("derby.stream.error.file", options.db().getParent().resolve("derby.log").toString());
        System.setProperty("liquibase.analytics.enabled", "false");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        new QueryBenchmark(options, System.out).run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        out.println("== ServiceHall query benchmark ==");
        out.printf("machine: %d CPUs (nproc), %s, %s %s, Java %s, max heap %d MiB, JVM time zone %s%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), TimeZone.getDefault().getID());
        out.printf("complaints (N): %,d; database: %s; load average at start: %s%n", options.complaints(),
                db.onPostgresql() ? db.url() : options.db(),
                Machine.loadAverage());

        String loadSummary = new DatabasePreparation(options, db, out).prepare();
        out.printf("database size on disk: %s%n", Disk.mib(db.sizeOnDisk()));
        if (db.onPostgresql()) {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version(), current_setting('shared_buffers'),"
                         + " current_setting('work_mem'), current_setting('effective_cache_size')")) {
                rs.next();
                out.printf("PostgreSQL for the queries: %s; shared_buffers %s, work_mem %s, effective_cache_size %s"
                        + " (the cluster's settings)%n", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        } else {
            out.println("Derby settings for the queries: as shipped (no derby.properties: page cache 1000 pages,"
                    + " statement cache 100)");
        }
        out.printf("JPA: EclipseLink %s, RESOURCE_LOCAL, statement cache 60 per connection (as the Liberty data source),"
                + " no weaving; a new EntityManager per call, as per request in the server%n",
                Version.getVersion());

        Map<String, Object> jpa = new HashMap<>();
        jpa.put("jakarta.persistence.jdbc.url", db.url());
        if (db.onPostgresql()) {
            jpa.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            jpa.put("jakarta.persistence.jdbc.user", options.pgUser());
            jpa.put("jakarta.persistence.jdbc.password", System.getenv().getOrDefault("PGPASSWORD", ""));
            jpa.put("eclipselink.target-database", "PostgreSQL");
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("servicehall-bench", jpa);
        try (Connection connection = db.connect(); PlainSql sql = new PlainSql(connection)) {
            connection.setAutoCommit(true);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Fixture fixture = FixturePicker.pick(sql, now, options);
            DataProfile.print(sql, fixture, db.onPostgresql(), out);
            List<Case> cases = QueryCases.shipped(emf, sql, fixture);
            StatementsShown.print(cases, out);
            if (options.plans() && db.onPostgresql()) {
                out.println("--plans: Derby's plans only; on PostgreSQL use EXPLAIN (ANALYZE, BUFFERS) on the SQL shown above");
            } else if (options.plans()) {
                new DerbyPlans(options.db().getParent().resolve("plans.txt"), out).write(sql, fixture, "shipped schema");
            }
            Measurement measurement = new Measurement(options, out);
            List<Result> shipped = measurement.measure(cases, "SCHEMA AND CODE AS SHIPPED (the server's Liquibase change log and JPA code)");
            ResultTable.print("SCHEMA AND CODE AS SHIPPED", shipped, options.complaints(), out);
            if (options.tryFixes()) {
                List<Result> fixed = measurement.measure(QueryCases.proposed(emf, sql, fixture), "PROPOSAL, statistics shape only (written by"
                        + " the benchmark; not in the server's code); schema as shipped");
                ResultTable.print("PROPOSAL, NOT IN THE SERVER (query shape written by the benchmark; schema as shipped)", fixed,
                        options.complaints(), out);
            }
            out.println();
            out.println(loadSummary);
            out.printf("database size on disk: %s; total time of this run %.0f s; load average at the end: %s%n",
                    Disk.mib(db.sizeOnDisk()), (System.nanoTime() - started) / 1e9, Machine.loadAverage());
        } finally {
            emf.close();
            db.shutdown();
        }
    }
}
