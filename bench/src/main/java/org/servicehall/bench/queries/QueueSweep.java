package org.servicehall.bench.queries;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.bench.queries.QueueProbes.Probe;
import org.servicehall.infrastructure.persistence.JpaCaseFinder;

/**
 * The first page (20 rows) of every work queue in every sort the queue screen offers, and the
 * search, through the server's own {@link JpaCaseFinder} on a database loaded by
 * {@code queries.sh}: the median time of each, the rows and total it gave, and with
 * {@code --plans} the plan of every statement it sent (indexes, sorts, rows read): Derby's query
 * plan log, or on PostgreSQL auto_explain's {@code EXPLAIN ANALYZE} in the server log.
 *
 * <pre>bash bench/queues.sh [--postgresql] [--seconds S] [--plans] [--only NEW,ALL,SEARCH]</pre>
 */
public final class QueueSweep {

    private final EntityManagerFactory emf;
    private final PrintStream out;
    private final double seconds;
    private final Path planLog;
    private final boolean postgresql;

    private QueueSweep(EntityManagerFactory emf, PrintStream out, double seconds, Path planLog, boolean postgresql) {
        this.emf = emf;
        this.out = out;
        this.seconds = seconds;
        this.planLog = planLog;
        this.postgresql = postgresql;
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of("bench/target/bench-db");
        double seconds = 1;
        boolean plans = false;
        Set<String> only = new LinkedHashSet<>();
        String postgresql = null;
        String pgUser = "servicehall";
        Path pgLog = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--plans" -> plans = true;
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--postgresql" -> postgresql = args[++i];
                case "--pg-user" -> pgUser = args[++i];
                case "--pg-log" -> pgLog = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: queues.sh [--postgresql] [--db DIR] [--seconds S]"
                        + " [--plans] [--only NEW,ALL,SEARCH]");
            }
        }
        Path log = db.toAbsolutePath().getParent().resolve("queues-derby.log");
        Files.deleteIfExists(log);
        System.setProperty("derby.stream.error.file", log.toString());
        if (plans) {
            System.setProperty("derby.language.logQueryPlan", "true");
        }
        String url = postgresql != null ? postgresql : "jdbc:derby:" + db.toAbsolutePath();
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        Map<String, Object> jpa = new HashMap<>();
        jpa.put("jakarta.persistence.jdbc.url", url);
        if (postgresql != null) {
            jpa.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            jpa.put("jakarta.persistence.jdbc.user", pgUser);
            jpa.put("jakarta.persistence.jdbc.password", password);
            jpa.put("eclipselink.target-database", "PostgreSQL");
            if (plans) {
                // every new session of this database logs each statement's plan with its actual rows
                pgSettings(url, pgUser, password, "SET session_preload_libraries = 'auto_explain'",
                        "SET auto_explain.log_min_duration = 0", "SET auto_explain.log_analyze = on");
            }
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("servicehall-bench", jpa);
        try {
            Path planLog = !plans ? null : postgresql != null ? pgLog : log;
            new QueueSweep(emf, System.out, seconds, planLog, postgresql != null).run(url, pgUser, password, only);
        } finally {
            emf.close();
            if (postgresql != null && plans) {
                pgSettings(url, pgUser, password, "RESET ALL");
            } else if (postgresql == null) {
                try {
                    DriverManager.getConnection(url + ";shutdown=true");
                } catch (SQLException expected) {
                    // Derby answers a clean shutdown with an exception
                }
            }
        }
    }

    /** ALTER DATABASE (the current one) for each setting; the benchmark's user owns the cluster. */
    private static void pgSettings(String url, String user, String password, String... settings) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            String database = single(s, "SELECT current_database()");
            for (String setting : settings) {
                s.execute("ALTER DATABASE \"" + database.replace("\"", "\"\"") + "\" " + setting);
            }
        }
    }

    private void run(String url, String user, String password, Set<String> only) throws Exception {
        String clerk;
        String phone;
        try (Connection c = postgresql ? DriverManager.getConnection(url, user, password) : DriverManager.getConnection(url);
             Statement s = c.createStatement()) {
            clerk = single(s, "SELECT FIRST_CONTACT_OWNER FROM COMPLAINT WHERE FIRST_CONTACT_OWNER IS NOT NULL"
                    + " AND STATUS = 'REGISTERED' FETCH FIRST 1 ROWS ONLY");
            phone = single(s, "SELECT COMPLAINANT_PHONE FROM COMPLAINT WHERE COMPLAINANT_PHONE IS NOT NULL"
                    + " ORDER BY RECEIVED_AT DESC FETCH FIRST 1 ROWS ONLY");
        }
        List<Probe> probes = QueueProbes.all(clerk, phone, only);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (planLog == null) {
            // every probe once, untimed: the first probes are not to pay for class loading and the JIT
            for (Probe probe : probes) {
                find(probe, now);
            }
        }
        out.printf("%-36s %9s %9s %6s %s%n", "queue and sort (first page of 20)", "median ms", "p95 ms", "rows", "total");
        for (Probe probe : probes) {
            long logFrom = planLog == null ? 0 : Files.size(planLog);
            Page<CaseSummary> page = find(probe, now);
            String plan = planLog == null ? ""
                    : postgresql ? PostgresPlanLog.summary(planLog, logFrom) : DerbyPlanLog.summary(planLog, logFrom);
            List<Double> times = new ArrayList<>();
            long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
            while (System.nanoTime() < warmEnd) {
                find(probe, now);
            }
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (times.size() < 5 || (System.nanoTime() < end && times.size() < 2000)) {
                long t = System.nanoTime();
                find(probe, now);
                times.add((System.nanoTime() - t) / 1e6);
            }
            times.sort(null);
            String total = page.total() + (page.toString().contains("totalCapped=true") ? "+ (capped)" : "");
            out.printf("%-36s %9.1f %9.1f %6d %s%n", probe.label(), times.get(times.size() / 2),
                    times.get((int) Math.min(times.size() - 1, Math.ceil(times.size() * 0.95) - 1)), page.rows().size(), total);
            if (!plan.isEmpty()) {
                out.print(plan);
            }
        }
    }

    private Page<CaseSummary> find(Probe probe, Instant now) {
        EntityManager em = emf.createEntityManager();
        try {
            return JpaCaseFinder.on(em).find(probe.request(), probe.reader(), now);
        } finally {
            em.close();
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
