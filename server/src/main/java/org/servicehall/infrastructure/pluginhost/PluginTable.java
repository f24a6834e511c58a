package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The plugins every server of one database should hold (PLUGIN_JAR) and what each server reports
 * of them (PLUGIN_NODE_STATE), change set 021. Plain JDBC on the server's data source: the
 * reconciling thread is the host's own, outside any request or container transaction, and a test
 * may point a second host at the same table. Instants are stored as UTC wall-clock time, as
 * everywhere in the schema.
 */
public final class PluginTable {

    private static final int MAX_PROBLEM = 500;

    private final DataSource dataSource;

    public PluginTable(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Keeps an admitted jar for every server: it replaces any earlier jar of that name and is to run. */
    public void storeJar(String symbolicName, String version, String sha256, byte[] content, String actor, Instant at) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE PLUGIN_JAR SET VERSION = ?, SHA256 = ?,"
                    + " CONTENT = ?, DESIRED = ?, CHANGED_BY = ?, CHANGED_AT = ? WHERE SYMBOLIC_NAME = ?")) {
                update.setString(1, version);
                update.setString(2, sha256);
                update.setBytes(3, content);
                update.setString(4, DesiredState.RUNNING.name());
                update.setString(5, actor);
                update.setTimestamp(6, utc(at));
                update.setString(7, symbolicName);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLUGIN_JAR (SYMBOLIC_NAME, VERSION,"
                    + " SHA256, CONTENT, DESIRED, CHANGED_BY, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, symbolicName);
                insert.setString(2, version);
                insert.setString(3, sha256);
                insert.setBytes(4, content);
                insert.setString(5, DesiredState.RUNNING.name());
                insert.setString(6, actor);
                insert.setTimestamp(7, utc(at));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records what IT wants of a plugin: a row of its own for a plugin that came with the servers'
     * folders. Removal drops the stored jar: a removed plugin comes back only by a new upload.
     */
    public void desire(String symbolicName, DesiredState desired, String actor, Instant at) {
        inTransaction(connection -> {
            String sql = desired == DesiredState.REMOVED
                    ? "UPDATE PLUGIN_JAR SET DESIRED = ?, CHANGED_BY = ?, CHANGED_AT = ?, CONTENT = NULL, SHA256 = NULL"
                            + " WHERE SYMBOLIC_NAME = ?"
                    : "UPDATE PLUGIN_JAR SET DESIRED = ?, CHANGED_BY = ?, CHANGED_AT = ? WHERE SYMBOLIC_NAME = ?";
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, desired.name());
                update.setString(2, actor);
                update.setTimestamp(3, utc(at));
                update.setString(4, symbolicName);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLUGIN_JAR (SYMBOLIC_NAME, DESIRED,"
                    + " CHANGED_BY, CHANGED_AT) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, symbolicName);
                insert.setString(2, desired.name());
                insert.setString(3, actor);
                insert.setTimestamp(4, utc(at));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Every row, without the bytes. */
    public List<PluginJarRow> rows() {
        return inTransaction(connection -> {
            List<PluginJarRow> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT SYMBOLIC_NAME, VERSION, SHA256, DESIRED,"
                    + " CHANGED_BY, CHANGED_AT FROM PLUGIN_JAR ORDER BY SYMBOLIC_NAME");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new PluginJarRow(result.getString(1), result.getString(2), result.getString(3),
                            DesiredState.valueOf(result.getString(4)), result.getString(5), instant(result.getTimestamp(6))));
                }
            }
            return rows;
        });
    }

    public Optional<PluginJarRow> row(String symbolicName) {
        return rows().stream().filter(r -> r.symbolicName().equals(symbolicName)).findFirst();
    }

    /** The stored jar of a plugin, if the row carries one with that SHA-256 (it may have changed since it was read). */
    public Optional<byte[]> jar(String symbolicName, String sha256) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT CONTENT FROM PLUGIN_JAR WHERE SYMBOLIC_NAME = ? AND SHA256 = ?")) {
                select.setString(1, symbolicName);
                select.setString(2, sha256);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.ofNullable(bytes(result, 1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /**
     * Writes a server's reports: the changed plugins' states, and forgets the plugins it no longer holds.
     */
    public void report(String node, Map<String, PluginStateReport> changed, Collection<String> gone, Instant at) {
        inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM PLUGIN_NODE_STATE WHERE NODE_ID = ? AND SYMBOLIC_NAME = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO PLUGIN_NODE_STATE (NODE_ID,"
                         + " SYMBOLIC_NAME, STATE, PROBLEM, UPDATED_AT) VALUES (?, ?, ?, ?, ?)")) {
                for (String name : gone) {
                    delete.setString(1, node);
                    delete.setString(2, name);
                    delete.executeUpdate();
                }
                for (Map.Entry<String, PluginStateReport> entry : changed.entrySet()) {
                    delete.setString(1, node);
                    delete.setString(2, entry.getKey());
                    delete.executeUpdate();
                    insert.setString(1, node);
                    insert.setString(2, entry.getKey());
                    insert.setString(3, entry.getValue().state());
                    String problem = entry.getValue().problem();
                    insert.setString(4, problem == null || problem.length() <= MAX_PROBLEM ? problem
                            : problem.substring(0, MAX_PROBLEM));
                    insert.setTimestamp(5, utc(at));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Marks every report of a server as current: it is still there. */
    public void stillHere(String node, Instant at) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE PLUGIN_NODE_STATE SET UPDATED_AT = ? WHERE NODE_ID = ?")) {
                update.setTimestamp(1, utc(at));
                update.setString(2, node);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Drops every report of a server that left the hall for good (until it reports again). */
    public void forget(String node) {
        inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM PLUGIN_NODE_STATE WHERE NODE_ID = ?")) {
                delete.setString(1, node);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Every server's reports, oldest servers included: the reader tells who is gone. */
    public List<PluginNodeState> nodeStates() {
        return inTransaction(connection -> {
            List<PluginNodeState> states = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT NODE_ID, SYMBOLIC_NAME, STATE, PROBLEM,"
                    + " UPDATED_AT FROM PLUGIN_NODE_STATE ORDER BY SYMBOLIC_NAME, NODE_ID");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    states.add(new PluginNodeState(result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4), instant(result.getTimestamp(5))));
                }
            }
            return states;
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plugin table: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof Blob blob) {
            try (InputStream in = blob.getBinaryStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result.getBytes(column);
    }

    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
