package org.servicehall.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Derby database in memory for the tests that need one, dropped when they are done: held in
 * a static {@code @RegisterExtension} field it lives for the test class, in an instance field for
 * each test. {@link #migrated} gives it the server's schema from the real change log first.
 */
public final class InMemoryDerby implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final String purpose;
    private final boolean migrate;
    private EmbeddedDataSource dataSource;
    private String name;
    private boolean perTest;

    private InMemoryDerby(String purpose, boolean migrate) {
        this.purpose = purpose;
        this.migrate = migrate;
    }

    /** A database with the server's schema, as a start-up migration leaves it. */
    public static InMemoryDerby migrated(String purpose) {
        return new InMemoryDerby(purpose, true);
    }

    /** An empty database, for the tests of the migration itself. */
    public static InMemoryDerby empty(String purpose) {
        return new InMemoryDerby(purpose, false);
    }

    public EmbeddedDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        drop();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (dataSource == null) {
            perTest = true;
            create();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            drop();
        }
    }

    private void create() throws Exception {
        name = "memory:" + purpose + "-" + UUID.randomUUID();
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        if (migrate) {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMigration.update(connection);
            }
        }
    }

    private void drop() {
        try {
            DriverManager.getConnection("jdbc:derby:" + name + ";drop=true").close();
        } catch (SQLException dropped) {
            // Derby answers a drop with an exception (08006)
        }
        dataSource = null;
    }
}
