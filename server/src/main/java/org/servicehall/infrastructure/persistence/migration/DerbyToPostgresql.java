package org.servicehall.infrastructure.persistence.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
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

    private final Connection derby;
    private final Connection postgresql;
    private final Consumer<String> progress;

    public DerbyToPostgresql(Connection derby, Connection postgresql, Consumer<String> progress) {
        this.derby = derby;
        this.postgresql = postgresql;
        this.progress = progress;
    }

    /**
     * Migrates. {@code evidenceFrom} is the Derby server's evidence folder ({@code <data>/evidence}),
     * {@code evidenceTo} the PostgreSQL server's; either may be null to leave the files alone.
     */
    public MigrationReport migrate(Path evidenceFrom, Path evidenceTo) throws Exception {
        if (!TimeZone.getDefault().toZoneId().getRules().isFixedOffset()) {
            throw new MigrationRefusedException("run with -Duser.timezone=UTC: in a zone with daylight saving"
                    + " one hour a year of timestamps cannot be copied unchanged (the JVM runs in "
                    + TimeZone.getDefault().getID() + ")");
        }
        progress.accept("schema: Liquibase change log on the PostgreSQL database");
        DatabaseMigration.update(postgresql);
        postgresql.setAutoCommit(false);
        requireSameChangeSets();
        List<String> tables = CopyOrder.of(postgresql);
        requireEmpty(tables);
        EvidenceFolder folder = new EvidenceFolder(derby, progress);
        List<EvidenceFolder.Evidence> evidence = evidenceFrom == null ? List.of() : folder.checked(evidenceFrom);

        TableCopy copy = new TableCopy(derby, postgresql, progress);
        for (String table : tables) {
            copy.copy(table);
        }
        Map<String, Long> nextValues = new SequenceReset(derby, postgresql).movePastCopiedIds(tables);
        postgresql.commit();
        progress.accept("copied " + tables.size() + " tables; checking");

        TableChecksums checksums = new TableChecksums(derby, postgresql, progress);
        List<TableCheck> checks = new ArrayList<>();
        for (String table : tables) {
            checks.add(checksums.check(table));
        }
        postgresql.commit();
        long bytes = 0;
        if (evidenceTo != null && evidenceFrom != null) {
            bytes = folder.copy(evidence, evidenceFrom, evidenceTo);
        }
        return new MigrationReport(checks, nextValues, evidence.size(), bytes);
    }

    private void requireSameChangeSets() throws SQLException, MigrationRefusedException {
        Set<String> source = changeSets(derby);
        Set<String> target = changeSets(postgresql);
        if (!source.equals(target)) {
            Set<String> missing = new TreeSet<>(target);
            missing.removeAll(source);
            Set<String> extra = new TreeSet<>(source);
            extra.removeAll(target);
            throw new MigrationRefusedException("the Derby database's schema is not this version's:"
                    + " change sets missing there " + missing + ", unknown to this version " + extra + "."
                    + " Start this version's server on the Derby database once (it migrates the schema),"
                    + " stop it, then migrate.");
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

    private void requireEmpty(List<String> tables) throws SQLException, MigrationRefusedException {
        List<String> filled = new ArrayList<>();
        for (String table : tables) {
            if (!TableCopy.SEEDED_TABLES.contains(table) && Sql.count(postgresql, table) > 0) {
                filled.add(table);
            }
        }
        if (!filled.isEmpty()) {
            throw new MigrationRefusedException("the PostgreSQL database is not empty (rows in " + filled + "):"
                    + " migrate only into a new database, never into one a server has used");
        }
    }
}
