package org.servicehall.infrastructure.persistence.migration;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.servicehall.infrastructure.persistence.DatabaseMigration;

/**
 * Copies every table of a hall's Derby database into an empty PostgreSQL database, in one
 * transaction, and proves the copy: the row count and an order-independent checksum of every
 * table are computed on both sides afterwards and must match. The target's schema comes from the
 * server's own Liquibase change log, which must have been applied to the source as far (start the
 * server on the Derby database once after an upgrade). Identities and sequences are moved past
 * the copied ids. Evidence is copied with the tables (EVIDENCE_FILE, EVIDENCE_CHUNK); files an
 * earlier version kept in the evidence folder and the server has not imported yet are checked
 * against their recorded SHA-256 before anything is written, and copied to the new data folder
 * when it differs (the PostgreSQL server imports them when it starts).
 *
 * <p>Timestamps are kept to the microsecond, PostgreSQL's precision (rounded half up, as the
 * PostgreSQL driver does); both checksums see them so.
 */
public final class DerbyToPostgresql {

    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    /** Rows the change log itself inserts (the job leases): replaced by the source's. */
    private static final Set<String> SEEDED_TABLES = Set.of("job_lease");
    private static final int BATCH = 1_000;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final Connection derby;
    private final Connection postgresql;
    private final Consumer<String> progress;

    /** One table: rows and checksum on each side. */
    public record TableCheck(String table, long derbyRows, long postgresqlRows, String derbyChecksum,
                             String postgresqlChecksum) {
        public boolean matches() {
            return derbyRows == postgresqlRows && derbyChecksum.equals(postgresqlChecksum);
        }
    }

    /** What was copied and checked. */
    public record Report(List<TableCheck> tables, Map<String, Long> nextValues, int evidenceFiles, long evidenceBytes) {
        public boolean matches() {
            return tables.stream().allMatch(TableCheck::matches);
        }
    }

    /** Nothing was written: the target is not empty, the schemas differ, or evidence is missing. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    public DerbyToPostgresql(Connection derby, Connection postgresql, Consumer<String> progress) {
        this.derby = derby;
        this.postgresql = postgresql;
        this.progress = progress;
    }

    /**
     * Migrates. {@code evidenceFrom} is the Derby server's evidence folder ({@code <data>/evidence}),
     * {@code evidenceTo} the PostgreSQL server's; either may be null to leave the files alone.
     */
    public Report migrate(Path evidenceFrom, Path evidenceTo) throws Exception {
        if (!TimeZone.getDefault().toZoneId().getRules().isFixedOffset()) {
            throw new RefusedException("run with -Duser.timezone=UTC: in a zone with daylight saving one hour a year"
                    + " of timestamps cannot be copied unchanged (the JVM runs in " + TimeZone.getDefault().getID() + ")");
        }
        progress.accept("schema: Liquibase change log on the PostgreSQL database");
        DatabaseMigration.update(postgresql);
        postgresql.setAutoCommit(false);
        requireSameChangeSets();
        List<String> tables = tablesInCopyOrder();
        requireEmpty(tables);
        List<Evidence> evidence = evidenceFrom == null ? List.of() : checkedEvidence(evidenceFrom);

        for (String table : tables) {
            copy(table);
        }
        Map<String, Long> nextValues = moveSequencesPastCopiedIds(tables);
        postgresql.commit();
        progress.accept("copied " + tables.size() + " tables; checking");

        List<TableCheck> checks = new ArrayList<>();
        for (String table : tables) {
            checks.add(check(table));
        }
        postgresql.commit();
        long bytes = 0;
        if (evidenceTo != null && evidenceFrom != null) {
            bytes = copyEvidence(evidence, evidenceFrom, evidenceTo);
        }
        return new Report(checks, nextValues, evidence.size(), bytes);
    }

    private void requireSameChangeSets() throws SQLException, RefusedException {
        Set<String> source = changeSets(derby);
        Set<String> target = changeSets(postgresql);
        if (!source.equals(target)) {
            Set<String> missing = new TreeSet<>(target);
            missing.removeAll(source);
            Set<String> extra = new TreeSet<>(source);
            extra.removeAll(target);
            throw new RefusedException("the Derby database's schema is not this version's: change sets missing there "
                    + missing + ", unknown to this version " + extra + ". Start this version's server on the Derby"
                    + " database once (it migrates the schema), stop it, then migrate.");
        }
    }

    private static Set<String> changeSets(Connection connection) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT ID, AUTHOR FROM DATABASECHANGELOG")) {
            while (rows.next()) {
                ids.add(rows.getString(1) + ":" + rows.getString(2));
            }
        }
        return ids;
    }

    /** The target's tables, parents before the tables whose foreign keys point at them. */
    private List<String> tablesInCopyOrder() throws SQLException {
        DatabaseMetaData meta = postgresql.getMetaData();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, postgresql.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!LIQUIBASE_TABLES.contains(table)) {
                    parents.put(table, new TreeSet<>());
                }
            }
        }
        for (String table : parents.keySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, postgresql.getSchema(), table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        parents.get(table).add(parent);
                    }
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, needs) -> {
                if (!ordered.contains(table) && ordered.containsAll(needs)) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
            }
        }
        return List.copyOf(ordered);
    }

    private void requireEmpty(List<String> tables) throws SQLException, RefusedException {
        List<String> filled = new ArrayList<>();
        for (String table : tables) {
            if (!SEEDED_TABLES.contains(table) && count(postgresql, table) > 0) {
                filled.add(table);
            }
        }
        if (!filled.isEmpty()) {
            throw new RefusedException("the PostgreSQL database is not empty (rows in " + filled + "): migrate only into"
                    + " a new database, never into one a server has used");
        }
    }

    private void copy(String table) throws SQLException {
        List<String> columns = columns(table);
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        if (SEEDED_TABLES.contains(table)) {
            try (Statement sql = postgresql.createStatement()) {
                sql.executeUpdate("DELETE FROM " + table);
            }
        }
        long rows = 0;
        try (Statement select = derby.createStatement();
             ResultSet source = select.executeQuery("SELECT " + list + " FROM " + table);
             PreparedStatement insert = postgresql.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            select.setFetchSize(BATCH);
            long batchBytes = 0;
            while (source.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = toPostgresql(source.getObject(i));
                    if (value instanceof byte[] bytes) {
                        batchBytes += bytes.length;
                    }
                    insert.setObject(i, value);
                }
                insert.addBatch();
                // evidence chunks are up to 1 MiB each: a batch holds at most BATCH_BYTES of them
                if (++rows % BATCH == 0 || batchBytes >= BATCH_BYTES) {
                    insert.executeBatch();
                    batchBytes = 0;
                }
                if (rows % 100_000 == 0) {
                    progress.accept("  " + table + ": " + rows + " rows");
                }
            }
            insert.executeBatch();
        }
        progress.accept("copied " + table + ": " + rows + " rows");
    }

    /** The target's columns of a table, by name (the same names, folded to lower case, as in Derby). */
    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = postgresql.getMetaData().getColumns(null, postgresql.getSchema(), table, "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    /**
     * Every sequence's next value above all copied ids (and never below Derby's own next value),
     * and every identity column's above its table's largest value.
     */
    private Map<String, Long> moveSequencesPastCopiedIds(List<String> tables) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        long largestId = 0;
        for (String table : tables) {
            if (columns(table).contains("id")) {
                largestId = Math.max(largestId, single(postgresql, "SELECT COALESCE(MAX(id), 0) FROM " + table));
            }
        }
        String derbySchema = text(derby, "VALUES CURRENT SCHEMA");
        List<String[]> sequences = new ArrayList<>();
        try (Statement sql = postgresql.createStatement();
             ResultSet rows = sql.executeQuery("SELECT sequence_name, increment FROM information_schema.sequences"
                     + " WHERE sequence_schema = current_schema()")) {
            while (rows.next()) {
                sequences.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] sequence : sequences) {
            String name = sequence[0];
            long increment = Long.parseLong(sequence[1]);
            long value = largestId + increment;
            if (isDerbySequence(name)) {
                try (PreparedStatement peek = derby.prepareStatement("VALUES SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE(?, ?)")) {
                    peek.setString(1, derbySchema);
                    peek.setString(2, name.toUpperCase(Locale.ROOT));
                    try (ResultSet row = peek.executeQuery()) {
                        if (row.next() && row.getObject(1) != null) {
                            value = Math.max(value, row.getLong(1));
                        }
                    }
                }
            }
            try (PreparedStatement set = postgresql.prepareStatement("SELECT setval(CAST(? AS regclass), ?, false)")) {
                set.setString(1, name);
                set.setLong(2, value);
                set.execute();
            }
            next.put(name, value);
        }
        for (String table : tables) {
            for (String column : columns(table)) {
                String owned = identitySequence(table, column);
                if (owned != null) {
                    long value = single(postgresql, "SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table);
                    try (PreparedStatement set = postgresql.prepareStatement("SELECT setval(CAST(? AS regclass), ?, false)")) {
                        set.setString(1, owned);
                        set.setLong(2, value);
                        set.execute();
                    }
                    next.put(table + "." + column, value);
                }
            }
        }
        return next;
    }

    private boolean isDerbySequence(String name) throws SQLException {
        try (PreparedStatement find = derby.prepareStatement("SELECT 1 FROM SYS.SYSSEQUENCES WHERE SEQUENCENAME = ?")) {
            find.setString(1, name.toUpperCase(Locale.ROOT));
            try (ResultSet row = find.executeQuery()) {
                return row.next();
            }
        }
    }

    private String identitySequence(String table, String column) throws SQLException {
        try (PreparedStatement find = postgresql.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            find.setString(1, table);
            find.setString(2, column);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private TableCheck check(String table) throws SQLException {
        List<String> columns = columns(table).stream().sorted().toList();
        String select = "SELECT " + String.join(", ", columns) + " FROM " + table;
        long[] derbyRows = new long[1];
        long[] postgresqlRows = new long[1];
        String derbySum = checksum(derby, select, derbyRows);
        String postgresqlSum = checksum(postgresql, select, postgresqlRows);
        TableCheck check = new TableCheck(table, derbyRows[0], postgresqlRows[0], derbySum, postgresqlSum);
        progress.accept(String.format("%-24s %10d rows  %s  %s", table, check.postgresqlRows(),
                check.postgresqlChecksum().substring(0, 16), check.matches() ? "OK" : "DIFFERS (Derby: "
                        + check.derbyRows() + " rows, " + check.derbyChecksum().substring(0, 16) + ")"));
        return check;
    }

    /** The sum of every row's SHA-256 modulo 2^256: independent of row order (and of collation). */
    private static String checksum(Connection connection, String select, long[] rows) throws SQLException {
        BigInteger sum = BigInteger.ZERO;
        MessageDigest digest = sha256();
        try (Statement sql = connection.createStatement()) {
            sql.setFetchSize(BATCH);
            try (ResultSet result = sql.executeQuery(select)) {
                int columns = result.getMetaData().getColumnCount();
                StringBuilder row = new StringBuilder(512);
                while (result.next()) {
                    row.setLength(0);
                    for (int i = 1; i <= columns; i++) {
                        row.append(canonical(toPostgresql(result.getObject(i)))).append('\u0001');
                    }
                    sum = sum.add(new BigInteger(1, digest.digest(row.toString().getBytes(StandardCharsets.UTF_8))));
                    rows[0]++;
                }
            }
        }
        return String.format("%064x", sum.mod(MODULUS));
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    /** Derby keeps nanoseconds, PostgreSQL microseconds: rounded half up, as the PostgreSQL driver does. */
    private static Object toPostgresql(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            // Derby's BLOB (evidence chunks of at most 1 MiB) is PostgreSQL's BYTEA
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Timestamp timestamp && timestamp.getNanos() % 1_000 != 0) {
            LocalDateTime exact = timestamp.toLocalDateTime();
            long micros = (exact.getNano() + 500L) / 1_000;
            return Timestamp.valueOf(exact.withNano(0).plusNanos(micros * 1_000));
        }
        return value;
    }

    private record Evidence(String storageKey, String sha256, long size) {
    }

    /** The Derby rows' evidence files, each present with its recorded size and SHA-256, or a refusal. */
    private List<Evidence> checkedEvidence(Path folder) throws SQLException, IOException, RefusedException {
        List<Evidence> files = new ArrayList<>();
        try (Statement sql = derby.createStatement();
             // files kept in the database (EVIDENCE_FILE, since 022) are copied with the tables
             ResultSet rows = sql.executeQuery("SELECT E.STORAGE_KEY, E.SHA256, E.SIZE_BYTES FROM EVIDENCE E"
                     + " WHERE NOT EXISTS (SELECT 1 FROM EVIDENCE_FILE F WHERE F.STORAGE_KEY = E.STORAGE_KEY)")) {
            while (rows.next()) {
                files.add(new Evidence(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Evidence file : files) {
            Path path = resolve(folder, file.storageKey());
            if (!Files.isRegularFile(path)) {
                problems.add(file.storageKey() + " is missing");
            } else if (!file.sha256().equals(sha256(path))) {
                problems.add(file.storageKey() + " does not have its recorded SHA-256");
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.size() + " of " + files.size() + " evidence files in " + folder
                    + " are missing or changed: " + problems.subList(0, Math.min(10, problems.size())));
        }
        progress.accept("evidence: " + files.size() + " files present with their recorded SHA-256");
        return files;
    }

    private long copyEvidence(List<Evidence> files, Path from, Path to) throws IOException {
        if (from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
            return 0;
        }
        long bytes = 0;
        for (Evidence file : files) {
            Path target = resolve(to, file.storageKey());
            Files.createDirectories(target.getParent());
            Files.copy(resolve(from, file.storageKey()), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
            if (!file.sha256().equals(sha256(target))) {
                throw new IOException("the copy " + target + " does not have the recorded SHA-256");
            }
            bytes += file.size();
        }
        progress.accept("evidence: " + files.size() + " files copied to " + to + " and checked");
        return bytes;
    }

    private static Path resolve(Path folder, String storageKey) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path path = root.resolve(storageKey).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("storage key outside the evidence folder: " + storageKey);
        }
        return path;
    }

    private static long count(Connection connection, String table) throws SQLException {
        return single(connection, "SELECT COUNT(*) FROM " + table);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
