package org.servicehall.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries.Queue;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.application.Statistics.Repeat;
import org.servicehall.application.Statistics.Report;
import org.servicehall.bench.ComplaintGenerator;
import org.servicehall.bench.ComplaintLoader;
import org.servicehall.bench.PlainSql;
import org.servicehall.bench.SqlCapture;
import org.servicehall.bench.Timing;
import org.servicehall.domain.model.complaint.ComplaintStatus;

/**
 * The query benchmark: a fresh embedded Derby database with the server's own schema (its Liquibase
 * change log run by its own {@link DatabaseMigration}), N complaints loaded by plain JDBC, then the
 * staff queries timed through the server's own {@link JpaCaseFinder} and {@link JpaStatisticsQueries}
 * on an EclipseLink EntityManagerFactory, each next to the same result computed by hand-written
 * SQL on the same database in the same run.
 *
 * <p>Targets (from the issue): each JPA query at most 2x its plain SQL, the first page under
 * 100 ms; judged on the medians. They live here, never in a unit test.
 */
public final class QueryBenchmark {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final double MAX_RATIO = 2.0;
    private static final double FIRST_PAGE_MS = 100.0;
    private static final int PAGE = 20;
    /** Kept so that java.util.logging does not forget the level. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final Options options;
    private final PrintStream out;
    private final String url;

    private QueryBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.url = options.postgresql() != null ? options.postgresql() : "jdbc:derby:" + options.db();
    }

    /** Command line. */
    record Options(long complaints, boolean reuse, int threads, int warmup, int runs, double seconds, Path db, long seed,
                   String department, boolean tryFixes, boolean plans, java.util.Set<String> only, String postgresql,
                   String pgUser) {

        static Options parse(String[] args) {
            long n = 1_000_000;
            boolean reuse = false;
            int threads = 2;
            int warmup = 5;
            int runs = 30;
            double seconds = -1;
            Path db = Files.isDirectory(Path.of("bench")) ? Path.of("bench", "target", "bench-db") : Path.of("target", "bench-db");
            long seed = 20261128L;
            String department = "REAL_ESTATE";
            boolean tryFixes = false;
            boolean plans = false;
            java.util.Set<String> only = java.util.Set.of();
            String postgresql = null;
            String pgUser = "servicehall";
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "-n", "--complaints" -> n = Long.parseLong(args[++i].replace("_", ""));
                    case "--reuse" -> reuse = true;
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--db" -> db = Path.of(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--department" -> department = args[++i];
                    case "--try-fixes" -> tryFixes = true;
                    case "--plans" -> plans = true;
                    case "--only" -> only = java.util.Set.of(args[++i].split(","));
                    case "--postgresql" -> postgresql = args[++i];
                    case "--pg-user" -> pgUser = args[++i];
                    case "-h", "--help" -> {
                        System.out.println("""
                                usage: queries.sh [-n N] [--reuse] [--threads T] [--warmup W] [--runs R] [--seconds S] [--db DIR]
                                                  [--seed S] [--department CODE] [--try-fixes] [--plans] [--only IDS]
                                  -n N            complaints to load (default 1000000)
                                  --reuse         keep the database of an earlier run if it holds N complaints
                                  --threads T     loading threads (default 2)
                                  --warmup W      untimed runs of each query first, at least (default 5)
                                  --runs R        timed runs of each query, at least (default 30)
                                  --seconds S     fast queries: warm up for at least S seconds and time
                                                  runs for at least S seconds, up to 2000
                                                  (default 1; 0.3 when N < 100000)
                                  --db DIR        the Derby database (default bench/target/bench-db)
                                  --department    the staff member's department for Q1 (default REAL_ESTATE)
                                  --try-fixes     after the figures for the code as shipped, time Q3+, the
                                                  statistics shape proposed (written by the benchmark,
                                                  not in the server)
                                  --plans         write Derby's plans of the plain SQL to bench/target/plans.txt
                                  --only IDS      time only these queries, e.g. --only Q2,Q2f
                                  --postgresql URL  PostgreSQL instead of Derby: jdbc:postgresql://host:port/db
                                                  (the password from PGPASSWORD); its schema is dropped and
                                                  created afresh unless --reuse finds N complaints there
                                  --pg-user NAME  the PostgreSQL user (default servicehall)""");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (try --help)");
                }
            }
            if (seconds < 0) {
                seconds = n < 100_000 ? 0.3 : 1; // a quick check stays quick
            }
            if (n < 1000) {
                throw new IllegalArgumentException("-n must be at least 1000");
            }
            return new Options(n, reuse, threads, warmup, runs, seconds, db.toAbsolutePath().normalize(), seed, department,
                    tryFixes, plans, only, postgresql, pgUser);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.db().getParent());
        System.setProperty("derby.stream.error.file", options.db().getParent().resolve("derby.log").toString());
        System.setProperty("liquibase.analytics.enabled", "false");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        new QueryBenchmark(options, System.out).run();
    }

    private boolean onPostgresql() {
        return options.postgresql() != null;
    }

    private Connection connect() throws SQLException {
        return onPostgresql()
                ? DriverManager.getConnection(url, options.pgUser(), System.getenv().getOrDefault("PGPASSWORD", ""))
                : DriverManager.getConnection(url);
    }

    // ------------------------------------------------------------------ the run

    private void run() throws Exception {
        long started = System.nanoTime();
        out.println("== ServiceHall query benchmark ==");
        out.printf("machine: %d CPUs (nproc), %s, %s %s, Java %s, max heap %d MiB, JVM time zone %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), java.util.TimeZone.getDefault().getID());
        out.printf("complaints (N): %,d; database: %s; load average at start: %s%n", options.complaints(),
                onPostgresql() ? url : options.db(),
                loadAverage());

        String loadSummary = prepareDatabase();
        out.printf("database size on disk: %s%n", mib(sizeOnDisk()));
        if (onPostgresql()) {
            try (Connection c = connect(); Statement s = c.createStatement();
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
                org.eclipse.persistence.Version.getVersion());

        Map<String, Object> jpa = new HashMap<>();
        jpa.put("jakarta.persistence.jdbc.url", url);
        if (onPostgresql()) {
            jpa.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            jpa.put("jakarta.persistence.jdbc.user", options.pgUser());
            jpa.put("jakarta.persistence.jdbc.password", System.getenv().getOrDefault("PGPASSWORD", ""));
            jpa.put("eclipselink.target-database", "PostgreSQL");
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("servicehall-bench", jpa);
        try (Connection connection = connect(); PlainSql sql = new PlainSql(connection)) {
            connection.setAutoCommit(true);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Fixture fixture = fixture(sql, now);
            profile(sql, fixture);
            List<Case> cases = cases(emf, sql, fixture);
            showSql(cases);
            if (options.plans() && onPostgresql()) {
                out.println("--plans: Derby's plans only; on PostgreSQL use EXPLAIN (ANALYZE, BUFFERS) on the SQL shown above");
            } else if (options.plans()) {
                plans(sql, fixture, "shipped schema");
            }
            List<Result> shipped = measure(cases, "SCHEMA AND CODE AS SHIPPED (the server's Liquibase change log and JPA code)");
            table("SCHEMA AND CODE AS SHIPPED", shipped, fixture);
            if (options.tryFixes()) {
                List<Result> fixed = measure(fixes(emf, sql, fixture), "PROPOSAL, statistics shape only (written by"
                        + " the benchmark; not in the server's code); schema as shipped");
                table("PROPOSAL, NOT IN THE SERVER (query shape written by the benchmark; schema as shipped)", fixed, fixture);
            }
            out.println();
            out.println(loadSummary);
            out.printf("database size on disk: %s; total time of this run %.0f s; load average at the end: %s%n",
                    mib(sizeOnDisk()), (System.nanoTime() - started) / 1e9, loadAverage());
        } finally {
            emf.close();
            shutdownDatabase();
        }
    }

    // ------------------------------------------------------------------ database

    private String prepareDatabase() throws Exception {
        if (options.reuse() && (onPostgresql() || Files.isDirectory(options.db()))) {
            long count = -1;
            try (Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM COMPLAINT")) {
                rs.next();
                count = rs.getLong(1);
            } catch (SQLException e) {
                out.println("cannot reuse the database: " + e.getMessage());
            }
            if (count == options.complaints()) {
                out.printf("reusing the database of an earlier run (%,d complaints)%n", count);
                if (migrate(false)) {
                    return "load: reused the database of an earlier run";
                }
                out.println("cannot bring the reused database's schema up to date: loading afresh");
            } else {
                out.printf("the database holds %,d complaints, not %,d: loading afresh%n", count, options.complaints());
            }
            shutdownDatabase();
        }
        if (onPostgresql()) {
            return preparePostgresql();
        }
        deleteRecursively(options.db());
        // Only while loading: no fsync per log buffer (this disk does ~500 synced writes a second)
        // and a larger page cache for the index inserts. The database is shut down cleanly after
        // the load and booted again without these settings for the queries.
        Map<String, String> loadSettings = Map.of("derby.system.durability", "test",
                "derby.storage.pageCacheSize", System.getProperty("bench.load.pageCacheSize", "16000"));
        loadSettings.forEach(System::setProperty);
        out.println("-- Derby settings while loading only: " + new java.util.TreeMap<>(loadSettings));

        out.println("-- schema: the server's Liquibase change log, run by its DatabaseMigration");
        long t0 = System.nanoTime();
        if (!migrate(true)) {
            throw new IllegalStateException("the Liquibase migration failed (see the log above)");
        }
        out.printf("  schema created in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        out.printf("-- loading %,d complaints with %d thread(s), JDBC batches, a commit every 10 000%n",
                options.complaints(), options.threads());
        long loadNow = Instant.now().getEpochSecond();
        ComplaintLoader.Loaded loaded = new ComplaintLoader(options.complaints(), loadNow, options.seed(), out)
                .load(() -> {
                    try {
                        return connect();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, options.threads());
        long t1 = System.nanoTime();
        try (Connection c = connect()) {
            ComplaintLoader.countFigures(c, out);
            ComplaintLoader.updateStatistics(c, out, "COMPLAINT", "COMPLAINT_HISTORY", "DEPARTMENT", "STAFF_MEMBER",
                    "COMPLAINT_FIGURE");
        }
        double statistics = (System.nanoTime() - t1) / 1e9;
        // boot again, so that the queries start from the database as the server would open it
        shutdownDatabase();
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
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        out.println("-- schema: the server's Liquibase change log (DatabaseMigration.update)");
        long t0 = System.nanoTime();
        if (!migrate(true)) {
            throw new IllegalStateException("the Liquibase migration failed (see the log above)");
        }
        out.printf("  schema created in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.printf("-- loading %,d complaints with %d thread(s), JDBC batches, a commit every 10 000;"
                + " synchronous_commit off while loading%n", options.complaints(), options.threads());
        long loadNow = Instant.now().getEpochSecond();
        ComplaintLoader.Loaded loaded = new ComplaintLoader(options.complaints(), loadNow, options.seed(), out)
                .load(() -> {
                    try {
                        Connection c = connect();
                        try (Statement s = c.createStatement()) {
                            s.execute("SET synchronous_commit = off");
                        }
                        return c;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, options.threads());
        long t1 = System.nanoTime();
        try (Connection c = connect()) {
            ComplaintLoader.countFigures(c, out);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
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

    /**
     * The server's own DatabaseMigration (its Liquibase change log): creates the schema, or brings a
     * reused database up to date with the server's change sets (a no-op when it is current).
     */
    private boolean migrate(boolean create) {
        if (onPostgresql()) {
            try (Connection c = connect()) {
                DatabaseMigration.update(c);
                return true;
            } catch (Exception e) {
                out.println("Liquibase on PostgreSQL failed: " + e);
                return false;
            }
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(options.db().toString());
        if (create) {
            dataSource.setCreateDatabase("create");
        }
        DatabaseMigration migration = new DatabaseMigration();
        migration.dataSource = dataSource;
        migration.migrate();
        return migration.isCurrent();
    }

    private void shutdownDatabase() {
        if (onPostgresql()) {
            return;
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                out.println("shutting Derby down: " + e.getMessage());
            }
        }
    }

    // ------------------------------------------------------------------ what the queries ask for

    /** The staff member, phone numbers and month the queries use, picked from the data. */
    record Fixture(Instant now, String department, String user, String phone, long phoneRows, String frequentPhone,
                   long frequentRows, LocalDate monthFrom, LocalDate monthTo, String staffId, String staffNamed,
                   String staffCategory) {
    }

    private Fixture fixture(PlainSql sql, Instant now) throws SQLException {
        String department = options.department();
        String user = ComplaintGenerator.handlerId(java.util.Arrays.stream(ComplaintGenerator.DEPARTMENTS)
                .filter(d -> d.code().equals(department)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown department " + department)), 0);
        // a phone number that occurs a few times (2 to 5), as most repeat numbers do
        String phone = null;
        long phoneRows = 0;
        PreparedStatement byId = sql.statement("SELECT COMPLAINANT_PHONE FROM COMPLAINT WHERE ID = ?");
        PreparedStatement count = sql.statement("SELECT COUNT(*) FROM COMPLAINT WHERE COMPLAINANT_PHONE = ?");
        for (long id = ComplaintGenerator.ID_BASE + options.complaints() / 2; id < ComplaintGenerator.ID_BASE + options.complaints(); id++) {
            byId.setLong(1, id);
            String candidate = null;
            try (ResultSet rs = byId.executeQuery()) {
                if (rs.next()) {
                    candidate = rs.getString(1);
                }
            }
            if (candidate == null || candidate.equals(ComplaintGenerator.phone(0))) {
                continue;
            }
            count.setString(1, candidate);
            long rows = PlainSql.single(count);
            if (phone == null || (rows >= 2 && rows <= 5)) {
                phone = candidate;
                phoneRows = rows;
                if (rows >= 2 && rows <= 5) {
                    break;
                }
            }
        }
        String frequent = ComplaintGenerator.phone(0);
        count.setString(1, frequent);
        long frequentRows = PlainSql.single(count);
        LocalDate lastMonth = LocalDate.ofInstant(now, HALL).minusMonths(1).withDayOfMonth(1);
        // the staff member and category of the newest complaint about someone: the window's duplicate hint (Q4)
        String staffId = null;
        String staffNamed = null;
        String staffCategory = null;
        try (ResultSet rs = sql.statement("SELECT STAFF_COMPLAINED_ABOUT_ID, STAFF_COMPLAINED_ABOUT, CATEGORY_CODE FROM COMPLAINT"
                + " WHERE STAFF_COMPLAINED_ABOUT_ID IS NOT NULL ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY").executeQuery()) {
            if (rs.next()) {
                staffId = rs.getString(1);
                staffNamed = rs.getString(2);
                staffCategory = rs.getString(3);
            }
        }
        return new Fixture(now, department, user, phone, phoneRows, frequent, frequentRows, lastMonth,
                lastMonth.plusMonths(1).minusDays(1), staffId, staffNamed, staffCategory);
    }

    private void profile(PlainSql sql, Fixture f) throws SQLException {
        out.println("-- the data");
        Map<String, Long> byStatus = new LinkedHashMap<>();
        try (ResultSet rs = sql.statement("SELECT STATUS, COUNT(*) FROM COMPLAINT GROUP BY STATUS ORDER BY 2 DESC").executeQuery()) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long open = byStatus.entrySet().stream().filter(e -> ComplaintStatus.valueOf(e.getKey()).isOpen())
                .mapToLong(Map.Entry::getValue).sum();
        out.printf("  complaints %,d (open %,d); by status %s%n", all, open, byStatus);
        out.printf("  history rows %,d%n", single(sql, "SELECT COUNT(*) FROM COMPLAINT_HISTORY"));
        out.printf("  overdue (current deadline before now) %,d; overdue in %s %,d; DEPARTMENT queue of %s %,d"
                        + " (of which overdue %,d)%n",
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE CURRENT_DUE < ?", f.now()), f.department(),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE CURRENT_DUE < ? AND ASSIGNED_DEPARTMENT = ?", f.now(), f.department()),
                f.department(),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE ASSIGNED_DEPARTMENT = ? AND " + PlainSql.WITH_DEPARTMENT, f.department()),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE CURRENT_DUE < ? AND ASSIGNED_DEPARTMENT = ? AND "
                        + PlainSql.WITH_DEPARTMENT, f.now(), f.department()));
        out.printf("  rows of %s: %,d (all statuses); phone %s: %,d complaints; frequent complainant %s: %,d complaints%n",
                f.department(), single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE ASSIGNED_DEPARTMENT = ?", f.department()),
                f.phone(), f.phoneRows(), f.frequentPhone(), f.frequentRows());
        out.printf("  statistics month %s .. %s: %,d complaints%n", f.monthFrom(), f.monthTo(),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE RECEIVED_DAY BETWEEN ? AND ?",
                        java.sql.Date.valueOf(f.monthFrom()), java.sql.Date.valueOf(f.monthTo())));
        out.printf("  queries run as staff member %s of %s, now = %s%n", f.user(), f.department(), f.now());
        if (onPostgresql()) {
            for (String table : List.of("complaint", "complaint_history")) {
                StringBuilder sizes = new StringBuilder();
                try (ResultSet rs = sql.statement("SELECT c.relname, pg_relation_size(c.oid), c.relkind FROM pg_class c"
                        + " WHERE c.oid = '" + table + "'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index"
                        + " WHERE indrelid = '" + table + "'::regclass) ORDER BY c.relkind DESC, c.relname").executeQuery()) {
                    while (rs.next()) {
                        sizes.append(sizes.isEmpty() ? "rows " : ", ").append(rs.getString(3).equals("r") ? "" : rs.getString(1) + " ")
                                .append(mib(rs.getLong(2)));
                    }
                }
                out.printf("  %s: %s%n", table, sizes);
            }
            return;
        }
        for (String table : List.of("COMPLAINT", "COMPLAINT_HISTORY")) {
            StringBuilder indexes = new StringBuilder();
            try (ResultSet rs = sql.statement("SELECT CONGLOMERATENAME, ISINDEX, NUMALLOCATEDPAGES, PAGESIZE"
                    + " FROM TABLE(SYSCS_DIAG.SPACE_TABLE('APP', '" + table + "')) T ORDER BY ISINDEX, CONGLOMERATENAME").executeQuery()) {
                while (rs.next()) {
                    long bytes = rs.getLong(3) * rs.getLong(4);
                    if (rs.getBoolean(2)) {
                        indexes.append(indexes.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(mib(bytes));
                    } else {
                        indexes.append("rows ").append(mib(bytes)).append(" in ").append(rs.getLong(4) / 1024).append(" KiB pages; indexes: ");
                    }
                }
            }
            out.printf("  %s: %s%n", table, indexes.toString().replace("indexes: , ", "indexes: "));
        }
    }

    private static long single(PlainSql sql, String query, Object... parameters) throws SQLException {
        PreparedStatement s = sql.statement(query);
        PlainSql.bind(s, parameters);
        return PlainSql.single(s);
    }

    // ------------------------------------------------------------------ the cases

    /** One query: the server's way and the plain SQL way, giving equal results. */
    record Case(String id, String title, String note, Callable<Object> jpa, Callable<Object> jdbc, boolean firstPage) {
    }

    private List<Case> cases(EntityManagerFactory emf, PlainSql sql, Fixture f) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Q1", "first page, DEPARTMENT queue of " + f.department() + " by deadline",
                "JpaCaseFinder.find(DEPARTMENT, sort currentDue): open cases with the department, soonest deadline first"
                        + " (overdue ones lead)",
                () -> finder(emf, new QueueRequest(Queue.DEPARTMENT, null, null, null, null, null, "currentDue", 0, PAGE), f),
                () -> sql.queue(PlainSql.DEPARTMENT_QUEUE, 0, PAGE, f.department(), f.user()), true));
        cases.add(new Case("Q1x", "first page, overdue in " + f.department() + " by deadline",
                "JpaCaseFinder.find(DEPARTMENT_OVERDUE, sort currentDue): the issue's query exactly",
                () -> finder(emf, new QueueRequest(Queue.DEPARTMENT_OVERDUE, null, null, null, null, null, "currentDue", 0, PAGE), f),
                () -> sql.queue(PlainSql.OVERDUE_IN_DEPARTMENT, 0, PAGE, f.department(), f.now(), f.user()), true));
        cases.add(new Case("Q1o", "first page, OVERDUE queue (all departments) by deadline",
                "JpaCaseFinder.find(OVERDUE, sort currentDue): every overdue case, not only the department's",
                () -> finder(emf, new QueueRequest(Queue.OVERDUE, null, null, null, null, null, "currentDue", 0, PAGE), f),
                () -> sql.queue(PlainSql.OVERDUE_QUEUE, 0, PAGE, f.now(), f.user()), true));
        cases.add(new Case("Q2", "search by phone (" + f.phoneRows() + " complaints)",
                "JpaCaseFinder.find(ALL, text = phone number)",
                () -> finder(emf, new QueueRequest(Queue.ALL, null, null, null, null, f.phone(), null, 0, PAGE), f),
                () -> sql.queue(PlainSql.BY_PHONE, 0, PAGE, f.phone(), f.user()), false));
        cases.add(new Case("Q2f", "search by phone, frequent complainant (" + f.frequentRows() + " complaints)",
                "as Q2 for a phone number with more than a page of complaints (page + count)",
                () -> finder(emf, new QueueRequest(Queue.ALL, null, null, null, null, f.frequentPhone(), null, 0, PAGE), f),
                () -> sql.queue(PlainSql.BY_PHONE, 0, PAGE, f.frequentPhone(), f.user()), false));
        cases.add(new Case("Q4", "duplicate hint: open, same staff member (" + f.staffId() + " / " + f.staffNamed() + ") and "
                        + f.staffCategory() + ", last 30 days",
                "JpaCaseFinder.aboutStaffInCategory: two lookups, IX_COMPLAINT_STAFF_CATEGORY and IX_COMPLAINT_STAFF_NAMED_CATEGORY",
                () -> sameStaff(emf, f), () -> sameStaffSql(sql, f), false));
        cases.add(new Case("Q3", "statistics for " + f.monthFrom().getYear() + "-"
                        + String.format("%02d", f.monthFrom().getMonthValue()),
                "JpaStatisticsQueries.report(first, last day of the month): the counts per day (COMPLAINT_FIGURE, one"
                        + " statement) and the repeat complainants from the complaints; plain SQL: 10 statements over the complaints",
                () -> comparable(statistics(emf, f)), () -> comparable(sql.report(f.monthFrom(), f.monthTo())), false));
        cases.add(new Case("Q3d", "the dashboard's statistics for the same month (no repeat complainants)",
                "JpaStatisticsQueries.counts(first, last day of the month): one statement over COMPLAINT_FIGURE;"
                        + " plain SQL: the same figures counted from the complaints (9 statements)",
                () -> dashboardCounts(emf, f), () -> withoutRepeats(sql.report(f.monthFrom(), f.monthTo())), false));
        return cases;
    }

    /** The statistics shape proposed (not in the server), next to the same in plain SQL. */
    private List<Case> fixes(EntityManagerFactory emf, PlainSql sql, Fixture f) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Q3+", "statistics, the counts and rates in one statement",
                "PROPOSAL, not in the server: JpaStatisticsQueries' JPQL with total, on-time rates, findings and appeals"
                        + " in one SUM(CASE ...) statement: 10 statements instead of 16",
                () -> comparable(onePassStatistics(emf, f)), () -> comparable(sql.report(f.monthFrom(), f.monthTo())), false));
        return cases;
    }

    private static Page<CaseSummary> finder(EntityManagerFactory emf, QueueRequest request, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            JpaCaseFinder finder = new JpaCaseFinder();
            finder.em = em;
            // as a supervisor: every queue unrestricted by need-to-know, the queries the figures were taken on
            return finder.find(request, org.servicehall.domain.shared.Actor.staff(f.user(),
                    org.servicehall.domain.shared.Actor.Role.SUPERVISOR, "bench", f.department()), f.now());
        } finally {
            em.close();
        }
    }

    private static final java.time.Duration HINT_WINDOW = java.time.Duration.ofDays(30);

    private static Page<String> sameStaff(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            JpaCaseFinder finder = new JpaCaseFinder();
            finder.em = em;
            List<String> numbers = finder.aboutStaffInCategory(f.staffId(), f.staffNamed(), f.staffCategory(),
                    f.now().minus(HINT_WINDOW), f.user(), 5).stream().map(CaseSummary::trackingNumber).toList();
            return new Page<>(numbers, numbers.size(), 0, 5);
        } finally {
            em.close();
        }
    }

    /** The same two lookups in plain SQL, merged newest first. */
    private static Page<String> sameStaffSql(PlainSql sql, Fixture f) throws SQLException {
        Map<String, Instant> found = new LinkedHashMap<>();
        for (String column : new String[] {"STAFF_COMPLAINED_ABOUT_ID", "STAFF_COMPLAINED_ABOUT"}) {
            PreparedStatement s = sql.statement(sameStaffStatement(column));
            PlainSql.bind(s, column.endsWith("_ID") ? f.staffId() : f.staffNamed(), f.staffCategory(), f.now().minus(HINT_WINDOW), f.user());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.putIfAbsent(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        List<String> numbers = found.entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList();
        return new Page<>(numbers, numbers.size(), 0, 5);
    }

    private static String sameStaffStatement(String column) {
        String open = org.servicehall.domain.model.complaint.ComplaintStatus.open().stream()
                .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(","));
        return "SELECT TRACKING_NUMBER, RECEIVED_AT FROM COMPLAINT WHERE " + column + " = ? AND CATEGORY_CODE = ?"
                + " AND RECEIVED_AT >= ? AND STATUS IN (" + open + ") AND " + PlainSql.NOT_ABOUT_ME
                + " ORDER BY RECEIVED_AT DESC FETCH FIRST 5 ROWS ONLY";
    }

    private static Report statistics(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            JpaStatisticsQueries queries = new JpaStatisticsQueries();
            queries.em = em;
            return queries.report(f.monthFrom(), f.monthTo());
        } finally {
            em.close();
        }
    }

    private static Report dashboardCounts(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            JpaStatisticsQueries queries = new JpaStatisticsQueries();
            queries.em = em;
            return queries.counts(f.monthFrom(), f.monthTo());
        } finally {
            em.close();
        }
    }

    private static Report withoutRepeats(Report r) {
        return new Report(r.from(), r.to(), r.total(), r.byStatus(), r.byCategory(), r.byChannel(), r.byDepartment(),
                r.byCause(), r.byUrgency(), r.bySatisfaction(), r.onTimeRate(), r.substantiatedRate(), r.resolvedOnSpot(),
                r.redirected(), r.appealed(), List.of(), r.byWeek());
    }

    /**
     * JpaStatisticsQueries' report with its seven single-figure statements (total, four on-time
     * rates, findings, appeals) folded into one; the grouped counts are its own JPQL unchanged.
     */
    private static Report onePassStatistics(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            String period = " FROM Complaint c WHERE c.receivedDay BETWEEN :from AND :to";
            String[][] stages = {{"ACKNOWLEDGE", "acknowledgedAt", "acknowledgeDue"}, {"SIGN_FOR", "signedForAt", "signForDue"},
                    {"HANDLE", "handledAt", "handleDue"}, {"FEEDBACK", "fedBackAt", "feedbackDue"}};
            StringBuilder jpql = new StringBuilder("SELECT COUNT(c)");
            for (String[] stage : stages) {
                jpql.append(", SUM(CASE WHEN c.deadlines.").append(stage[1]).append(" IS NOT NULL AND c.deadlines.")
                        .append(stage[2]).append(" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN c.deadlines.")
                        .append(stage[1]).append(" <= c.deadlines.").append(stage[2]).append(" THEN 1 ELSE 0 END)");
            }
            jpql.append(", COUNT(c.finding.outcome), SUM(CASE WHEN c.finding.outcome <>"
                    + " org.servicehall.domain.model.complaint.Finding.Outcome.NOT_SUBSTANTIATED THEN 1 ELSE 0 END)"
                    + ", SUM(CASE WHEN c.appeal.round > 0 THEN 1 ELSE 0 END)").append(period);
            Object[] row = em.createQuery(jpql.toString(), Object[].class)
                    .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).getSingleResult();
            Map<String, Double> onTime = new LinkedHashMap<>();
            for (int i = 0; i < stages.length; i++) {
                long done = number(row[1 + 2 * i]);
                onTime.put(stages[i][0], done == 0 ? -1 : (double) number(row[2 + 2 * i]) / done);
            }
            long withFinding = number(row[9]);
            double substantiated = withFinding == 0 ? 0 : (double) number(row[10]) / withFinding;
            Map<String, Long> byStatus = grouped(em, "c.status", period, f);
            List<Repeat> repeats = em.createQuery("SELECT c.complainant.phone, COUNT(c)" + period
                            + " AND c.complainant.phone IS NOT NULL GROUP BY c.complainant.phone HAVING COUNT(c) > 1"
                            + " ORDER BY COUNT(c) DESC", Object[].class)
                    .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).setMaxResults(20).getResultList()
                    .stream().map(r -> new Repeat(new org.servicehall.domain.model.complaint.PhoneNumber((String) r[0]).masked(),
                            number(r[1]))).toList();
            Map<String, Long> weeks = new java.util.TreeMap<>();
            em.createQuery("SELECT c.receivedDay, COUNT(c)" + period + " GROUP BY c.receivedDay", Object[].class)
                    .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).getResultList()
                    .forEach(r -> weeks.merge(((LocalDate) r[0]).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                            java.time.DayOfWeek.MONDAY)).toString(), number(r[1]), Long::sum));
            return new Report(f.monthFrom(), f.monthTo(), number(row[0]), byStatus, grouped(em, "c.category.code", period, f),
                    grouped(em, "c.channel", period, f), grouped(em, "c.assignment.departmentName", period, f),
                    grouped(em, "c.finding.cause", period, f), grouped(em, "c.urgency", period, f),
                    grouped(em, "c.feedback.satisfaction", period, f), onTime, substantiated,
                    byStatus.getOrDefault("RESOLVED_ON_SPOT", 0L), byStatus.getOrDefault("REDIRECTED", 0L), number(row[11]),
                    repeats, weeks);
        } finally {
            em.close();
        }
    }

    private static Map<String, Long> grouped(EntityManager em, String path, String period, Fixture f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT " + path + ", COUNT(c)" + period + " AND " + path + " IS NOT NULL GROUP BY " + path
                        + " ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).getResultList()
                .forEach(row -> counts.put(row[0] instanceof Enum<?> e ? e.name() : String.valueOf(row[0]), number(row[1])));
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Top repeat complainants tie on counts, and ties come back in any order: compare the counts. */
    private static Report comparable(Report r) {
        return new Report(r.from(), r.to(), r.total(), r.byStatus(), r.byCategory(), r.byChannel(), r.byDepartment(),
                r.byCause(), r.byUrgency(), r.bySatisfaction(), r.onTimeRate(), r.substantiatedRate(), r.resolvedOnSpot(),
                r.redirected(), r.appealed(), r.repeatComplainants().stream().map(x -> new Repeat("*", x.complaints())).toList(),
                r.byWeek());
    }

    /** The SQL EclipseLink sends for each case, captured once. */
    private void showSql(List<Case> cases) throws Exception {
        out.println("-- the SQL EclipseLink sends (captured once per query)");
        for (Case c : cases) {
            SqlCapture.start();
            c.jpa().call();
            List<String> statements = SqlCapture.stop();
            out.printf("  %s: %d statement(s)%n", c.id(), statements.size());
            if (!c.id().equals("Q3") || statements.size() < 2) {
                statements.forEach(s -> out.println("    " + s));
            } else {
                out.println("    " + statements.get(0));
                out.println("    ... and " + (statements.size() - 1) + " more of the same shape (one per figure)");
            }
        }
    }

    // ------------------------------------------------------------------ measuring

    record Result(Case c, Timing jpa, Timing jdbc, String rows) {
    }

    private List<Result> measure(List<Case> cases, String title) throws Exception {
        out.println();
        out.printf("-- measuring: %s (load average %s)%n   each query: JPA and plain SQL alternating; warm-up >= %d runs and >= %.1f s,"
                + " then >= %d timed runs (more for fast queries: up to %.1f s or 2000 runs)%n", title, loadAverage(), options.warmup(),
                options.seconds(), options.runs(), options.seconds());
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            if (!options.only().isEmpty() && !options.only().contains(c.id())) {
                continue;
            }
            Object fromJpa = c.jpa().call();
            Object fromSql = c.jdbc().call();
            if (!Objects.equals(fromJpa, fromSql)) {
                throw new IllegalStateException(c.id() + ": JPA and plain SQL disagree:\n  JPA: " + fromJpa + "\n  SQL: " + fromSql);
            }
            String rows = fromJpa instanceof Page<?> p ? p.rows().size() + " rows of " + p.total() : "report of "
                    + ((Report) fromJpa).total() + " complaints";
            // JIT warm-up: a server answers these queries all day; a fast query gets many runs
            long warmupEnd = System.nanoTime() + (long) (options.seconds() * 1e9);
            for (int i = 0; i < options.warmup() || System.nanoTime() < warmupEnd; i++) {
                c.jpa().call();
                c.jdbc().call();
            }
            System.gc();
            Timing jpa = new Timing();
            Timing jdbc = new Timing();
            long timedEnd = System.nanoTime() + (long) (options.seconds() * 1e9);
            for (int i = 0; i < options.runs() || (System.nanoTime() < timedEnd && i < 2000); i++) {
                boolean jpaFirst = i % 2 == 0;
                time(jpaFirst ? c.jpa() : c.jdbc(), jpaFirst ? jpa : jdbc);
                time(jpaFirst ? c.jdbc() : c.jpa(), jpaFirst ? jdbc : jpa);
            }
            out.printf("  %-5s %-61s JPA %8.1f ms   SQL %8.1f ms   (%d runs; %s; results equal)%n", c.id(), c.title(),
                    jpa.median(), jdbc.median(), jpa.count(), rows);
            results.add(new Result(c, jpa, jdbc, rows));
        }
        return results;
    }

    private static void time(Callable<Object> query, Timing timing) throws Exception {
        long t0 = System.nanoTime();
        Object result = query.call();
        timing.add(System.nanoTime() - t0);
        if (result == null) {
            throw new IllegalStateException();
        }
    }

    private void table(String title, List<Result> results, Fixture f) {
        out.println();
        out.println("== " + title + " ==");
        out.printf("N = %,d complaints, %d CPUs; times in ms; ratio = JPA median / SQL median; targets judged on medians%n",
                options.complaints(), Runtime.getRuntime().availableProcessors());
        String line = "-".repeat(150);
        out.println(line);
        out.printf("%-5s %-60s %9s %9s %9s %9s %6s  %-22s %s%n", "", "query", "JPA med", "JPA p95", "SQL med", "SQL p95",
                "ratio", "target", "result");
        out.println(line);
        for (Result r : results) {
            double ratio = r.jpa().median() / r.jdbc().median();
            boolean pass = ratio <= MAX_RATIO && (!r.c().firstPage() || r.jpa().median() < FIRST_PAGE_MS);
            String target = r.c().firstPage() ? "<= 2x and < 100 ms" : "<= 2x";
            out.printf("%-5s %-60s %9.1f %9.1f %9.1f %9.1f %6.2f  %-22s %s%n", r.c().id(), r.c().title(), r.jpa().median(),
                    r.jpa().p95(), r.jdbc().median(), r.jdbc().p95(), ratio, target, pass ? "PASS" : "FAIL");
        }
        out.println(line);
        for (Result r : results) {
            out.printf("%-5s %s [%s]%n", r.c().id(), r.c().note(), r.rows());
        }
    }

    // ------------------------------------------------------------------ plans and indexes

    private boolean plansWritten;

    /** Derby's runtime statistics of the plain SQL statements, to see which index each one uses. */
    private void plans(PlainSql sql, Fixture f, String title) throws Exception {
        Path file = options.db().getParent().resolve("plans.txt");
        StringBuilder text = new StringBuilder();
        text.append("==== Derby plans, ").append(title).append(" ====\n");
        Connection c = sql.connection();
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
        }
        Map<String, Object[]> statements = new LinkedHashMap<>();
        String page = PlainSql.COLUMNS + " WHERE %s" + PlainSql.ORDER + " OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";
        statements.put("Q1 page", new Object[] {String.format(page, PlainSql.DEPARTMENT_QUEUE), f.department(), f.user()});
        statements.put("Q1 count", new Object[] {"SELECT COUNT(*) FROM COMPLAINT WHERE " + PlainSql.DEPARTMENT_QUEUE, f.department(), f.user()});
        statements.put("Q1x page", new Object[] {String.format(page, PlainSql.OVERDUE_IN_DEPARTMENT), f.department(), f.now(), f.user()});
        statements.put("Q1x count", new Object[] {"SELECT COUNT(*) FROM COMPLAINT WHERE " + PlainSql.OVERDUE_IN_DEPARTMENT, f.department(), f.now(), f.user()});
        statements.put("Q1o page", new Object[] {String.format(page, PlainSql.OVERDUE_QUEUE), f.now(), f.user()});
        statements.put("Q1o count", new Object[] {"SELECT COUNT(*) FROM COMPLAINT WHERE " + PlainSql.OVERDUE_QUEUE, f.now(), f.user()});
        statements.put("Q2 page", new Object[] {String.format(page, PlainSql.BY_PHONE), f.phone(), f.user()});
        statements.put("Q4 by staff id", new Object[] {sameStaffStatement("STAFF_COMPLAINED_ABOUT_ID"), f.staffId(),
                f.staffCategory(), f.now().minus(HINT_WINDOW), f.user()});
        statements.put("Q4 by staff named", new Object[] {sameStaffStatement("STAFF_COMPLAINED_ABOUT"), f.staffNamed(),
                f.staffCategory(), f.now().minus(HINT_WINDOW), f.user()});
        statements.put("Q3 grouped (one of them)", new Object[] {"SELECT STATUS, COUNT(*) FROM COMPLAINT WHERE RECEIVED_DAY BETWEEN ? AND ?"
                + " AND STATUS IS NOT NULL GROUP BY STATUS ORDER BY 2 DESC", java.sql.Date.valueOf(f.monthFrom()), java.sql.Date.valueOf(f.monthTo())});
        for (Map.Entry<String, Object[]> e : statements.entrySet()) {
            Object[] v = e.getValue();
            Object[] parameters = java.util.Arrays.copyOfRange(v, 1, v.length);
            try (PreparedStatement s = c.prepareStatement((String) v[0])) {
                PlainSql.bind(s, parameters);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        // drain
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                String plan = rs.getString(1);
                text.append("\n---- ").append(e.getKey()).append(" ----\n").append(plan).append('\n');
                out.printf("  plan %-26s %s%n", e.getKey() + ":", planSummary(plan));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
        }
        if (plansWritten) {
            Files.writeString(file, text.toString(), java.nio.file.StandardOpenOption.APPEND);
        } else {
            Files.writeString(file, text.toString());
            plansWritten = true;
        }
        out.println("  (full plans in " + file + ")");
    }

    /** The access paths and row counts of a Derby plan, on one line. */
    private static String planSummary(String plan) {
        List<String> parts = new ArrayList<>();
        for (String raw : plan.split("\n")) {
            String l = raw.strip();
            if (l.startsWith("Index Scan ResultSet for") || l.startsWith("Table Scan ResultSet for")
                    || l.startsWith("Index Row to Base Row ResultSet for") || l.startsWith("Sort ResultSet")
                    || l.startsWith("Number of rows input") || l.startsWith("Rows seen") || l.startsWith("Number of rows qualified")
                    || l.startsWith("Row Count (1)")) {
                parts.add(l.replace(" ResultSet for COMPLAINT", "").replace("using index ", ""));
            }
            if (parts.size() >= 8) {
                break;
            }
        }
        return String.join(" | ", parts);
    }

    // ------------------------------------------------------------------ small things

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | UncheckedIOException e) {
            return "unknown CPU";
        }
    }

    /** 1, 5 and 15 minute load averages: other work on the machine shows in the figures. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private long sizeOnDisk() throws IOException, SQLException {
        if (onPostgresql()) {
            try (Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return rs.getLong(1);
            }
        }
        return sizeOnDisk(options.db());
    }

    private static long sizeOnDisk(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static String mib(long bytes) {
        return String.format("%,.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
