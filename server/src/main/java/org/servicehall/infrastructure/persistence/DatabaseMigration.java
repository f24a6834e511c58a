package org.servicehall.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
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
 */
@ApplicationScoped
public class DatabaseMigration {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/servicehall")
    DataSource dataSource;

    private volatile boolean current;

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
            update(connection);
            current = true;
            LOG.log(Level.INFO, "Database schema is current on {0} ({1} ms)",
                    new Object[] {product, (System.nanoTime() - started) / 1_000_000});
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Database migration failed; the application stays not ready", e);
        }
    }

    /**
     * Applies every pending change set of the change log through {@code connection} (the server at
     * start-up, and the migration command on its target database).
     */
    public static void update(Connection connection) throws Exception {
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
    }

    /** True once the schema has been migrated in this run. */
    public boolean isCurrent() {
        return current;
    }
}
