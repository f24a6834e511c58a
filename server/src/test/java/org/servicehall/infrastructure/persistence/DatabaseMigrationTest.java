package org.servicehall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up migration on a real (in-memory Derby) database: the first start runs the change log
 * and records its fingerprint; a start with the same change log leaves Liquibase alone; a database
 * whose recorded fingerprint differs (another version's change log) or is missing runs it again.
 */
class DatabaseMigrationTest {

    @RegisterExtension
    final InMemoryDerby derby = InMemoryDerby.empty("migration");

    @Test
    void the_first_start_runs_the_change_log_and_a_restart_with_the_same_one_does_not() throws Exception {
        DatabaseMigration first = migration();
        first.migrate();
        assertTrue(first.isCurrent());
        assertTrue(first.ranChangeLog(), "a new database is migrated");
        assertEquals(DatabaseMigration.fingerprint(), recorded());
        int changeSets = changeSets();

        DatabaseMigration restart = migration();
        restart.migrate();
        assertTrue(restart.isCurrent());
        assertFalse(restart.ranChangeLog(), "the same change log: nothing to check");
        assertEquals(changeSets, changeSets());
    }

    @Test
    void another_change_log_or_none_recorded_runs_liquibase_again_which_records_this_one() throws Exception {
        migration().migrate();
        execute("UPDATE SCHEMA_FINGERPRINT SET FINGERPRINT = 'of-another-version'");
        DatabaseMigration afterUpgrade = migration();
        afterUpgrade.migrate();
        assertTrue(afterUpgrade.isCurrent());
        assertTrue(afterUpgrade.ranChangeLog(), "a fingerprint of another change log is no proof");
        assertEquals(DatabaseMigration.fingerprint(), recorded());

        // a database last migrated before fingerprints were kept has no such table
        execute("DROP TABLE SCHEMA_FINGERPRINT");
        execute("DELETE FROM DATABASECHANGELOG WHERE ID = '024-schema-fingerprint'");
        // Liquibase remembers for the life of the JVM which change logs it found up to date; the
        // older version's server that left the database so ran in another JVM
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        try (Connection connection = derby.dataSource().getConnection()) {
            assertNull(DatabaseMigration.recorded(connection));
        }
        DatabaseMigration older = migration();
        older.migrate();
        assertTrue(older.isCurrent());
        assertTrue(older.ranChangeLog());
        assertEquals(DatabaseMigration.fingerprint(), recorded());
    }

    @Test
    void the_fingerprint_covers_every_included_file_and_changes_with_any_of_them(@TempDir Path folder) throws IOException {
        Path changes = Files.createDirectories(folder.resolve("db/changelog/changes"));
        Files.writeString(folder.resolve("db/changelog/master.xml"), """
                <databaseChangeLog>
                    <include file="changes/001-a.xml" relativeToChangelogFile="true"/>
                    <include  file="changes/002-b.xml" relativeToChangelogFile="true"/>
                </databaseChangeLog>""");
        Files.writeString(changes.resolve("001-a.xml"), "<changeSet id=\"a\"/>");
        Files.writeString(changes.resolve("002-b.xml"), "<changeSet id=\"b\"/>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            String before = ChangeLogFingerprint.of(loader, "db/changelog/master.xml");
            assertEquals(64, before.length());
            assertEquals(before, ChangeLogFingerprint.of(loader, "db/changelog/master.xml"), "the same files, the same print");
            Files.writeString(changes.resolve("002-b.xml"), "<changeSet id=\"b2\"/>");
            assertNotEquals(before, ChangeLogFingerprint.of(loader, "db/changelog/master.xml"),
                    "a change in an included file changes the fingerprint");
        }
    }

    private DatabaseMigration migration() {
        DatabaseMigration migration = new DatabaseMigration();
        migration.dataSource = derby.dataSource();
        return migration;
    }

    private String recorded() throws SQLException {
        try (Connection connection = derby.dataSource().getConnection()) {
            return DatabaseMigration.recorded(connection);
        }
    }

    private int changeSets() throws SQLException {
        try (Connection connection = derby.dataSource().getConnection(); Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            count.next();
            return count.getInt(1);
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = derby.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
