package org.servicehall.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the schema up to date with Liquibase when the application starts. The change log is
 * database-neutral: the same change sets create the schema on Derby and on PostgreSQL, and
 * Liquibase's lock table keeps two servers from migrating at once.
 *
 * <p>After each migration the change log's fingerprint ({@link ChangeLogFingerprint}) is recorded
 * in the database. A server that starts with the same change log finds it there and leaves
 * Liquibase alone: checking a current schema would otherwise parse and validate every change set,
 * seconds of every start. Any other change log (a new version, a restored older database, a
 * database from before the fingerprint) runs Liquibase as before.
 */
@ApplicationScoped
public class DatabaseMigration {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/servicehall")
    DataSource dataSource;

    private volatile boolean current;
    private volatile boolean ranChangeLog;

    /** Applies every pending change set; afterwards {@link #isCurrent()} tells whether it worked. */
    public void migrate() {
        long started = System.nanoTime();
        if (!TimeZone.getDefault().toZoneId().getRules().isFixedOffset()) {
            LOG.log(Level.WARNING, "The JVM runs in time zone {0}, which has daylight saving: timestamps in one hour"
                    + " a year may be stored wrongly. Run the server with -Duser.timezone=UTC.",
                    TimeZone.getDefault().getID());
        }
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            String fingerprint = fingerprint();
            ranChangeLog = !fingerprint.equals(recorded(connection));
            if (ranChangeLog) {
                update(connection, fingerprint);
            }
            current = true;
            LOG.log(Level.INFO, ranChangeLog ? "Database schema is current on {0} ({1} ms)"
                    : "Database schema is current on {0}: it was last migrated with this change log ({1} ms)",
                    new Object[] {product, (System.nanoTime() - started) / 1_000_000});
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Database migration failed; the application stays not ready", e);
        }
    }

    /**
     * Applies every pending change set of the change log through {@code connection} (the server at
     * start-up, and the migration command on its target database), and records its fingerprint.
     */
    public static void update(Connection connection) throws Exception {
        update(connection, fingerprint());
    }

    private static void update(Connection connection, String fingerprint) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader()),
                Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.analytics.enabled", Boolean.FALSE);
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute());
        if (!connection.getAutoCommit()) {
            // Liquibase leaves a read open; end it so the container does not roll it back with a warning.
            connection.commit();
        }
        record(connection, fingerprint);
    }

    /** The fingerprint of the change log this server carries. */
    static String fingerprint() throws IOException {
        return ChangeLogFingerprint.of(DatabaseMigration.class.getClassLoader(), CHANGELOG);
    }

    /**
     * The fingerprint the database recorded after its last migration; null when it has none (a new
     * database, or one last migrated before fingerprints were recorded: the table is missing).
     */
    static String recorded(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT FINGERPRINT FROM SCHEMA_FINGERPRINT WHERE CHANGE_LOG = ?")) {
            select.setString(1, CHANGELOG);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException noFingerprintTable) {
            return null;
        } finally {
            if (!connection.getAutoCommit()) {
                // ends the read (on PostgreSQL, also the transaction a missing table aborted)
                connection.rollback();
            }
        }
    }

    private static void record(Connection connection, String fingerprint) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE SCHEMA_FINGERPRINT SET FINGERPRINT = ?, RECORDED_AT = ? WHERE CHANGE_LOG = ?")) {
            update.setString(1, fingerprint);
            update.setTimestamp(2, now);
            update.setString(3, CHANGELOG);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO SCHEMA_FINGERPRINT (CHANGE_LOG, FINGERPRINT, RECORDED_AT) VALUES (?, ?, ?)")) {
                    insert.setString(1, CHANGELOG);
                    insert.setString(2, fingerprint);
                    insert.setTimestamp(3, now);
                    insert.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            // another server that migrated at the same moment recorded it first (a duplicate key)
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }

    /** Whether the last {@link #migrate()} ran the change log (false: the recorded fingerprint matched). */
    boolean ranChangeLog() {
        return ranChangeLog;
    }

    /** True once the schema has been migrated in this run. */
    public boolean isCurrent() {
        return current;
    }
}
