package org.servicehall.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The small queries the migration asks of either database. */
final class Sql {

    private Sql() {
    }

    static long count(Connection connection, String table) throws SQLException {
        return single(connection, "SELECT COUNT(*) FROM " + table);
    }

    static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The target's columns of a table, by name (the same names, folded to lower case, as in Derby). */
    static List<String> columns(Connection postgresql, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = postgresql.getMetaData().getColumns(null, postgresql.getSchema(), table, "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }
}
