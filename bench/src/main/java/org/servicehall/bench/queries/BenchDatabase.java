package org.servicehall.bench.queries;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.servicehall.infrastructure.persistence.DatabaseMigration;

/** The database the queries run on: embedded Derby in a directory, or PostgreSQL at a URL. */
final class BenchDatabase {

    private final QueryOptions options;
    private final PrintStream out;
    private final String url;

    BenchDatabase(QueryOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.url = options.postgresql() != null ? options.postgresql() : "jdbc:derby:" + options.db();
    }

    String url() {
        return url;
    }

    boolean onPostgresql() {
        return options.postgresql() != null;
    }

    Connection connect() throws SQLException {
        return onPostgresql()
                ? DriverManager.getConnection(url, options.pgUser(), System.getenv().getOrDefault("PGPASSWORD", ""))
                : DriverManager.getConnection(url);
    }

    /**
     * The server's own change log through {@link DatabaseMigration#update}, as the server runs it at
     * start-up: creates the schema, or brings a reused database up to date with the server's change
     * sets (a no-op when it is current).
     */
    boolean migrate(boolean create) {
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
            // as the server creates its database (config/liberty/db/derby.xml): Derby finds its
            // messages for en_US at once, and builds some for every sort
            dataSource.setConnectionAttributes("territory=en_US");
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMigration.update(c);
            return true;
        } catch (Exception e) {
            out.println("Liquibase on Derby failed: " + e);
            return false;
        }
    }

    void shutdown() {
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

    long sizeOnDisk() throws IOException, SQLException {
        if (onPostgresql()) {
            try (Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return rs.getLong(1);
            }
        }
        return Disk.size(options.db());
    }
}
