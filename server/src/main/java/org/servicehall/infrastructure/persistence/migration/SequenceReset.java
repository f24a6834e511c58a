package org.servicehall.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Moves PostgreSQL's counters past the copied rows: every sequence's next value above all copied
 * ids (and never below Derby's own next value), and every identity column's above its table's
 * largest value.
 */
final class SequenceReset {

    private final Connection derby;
    private final Connection postgresql;

    SequenceReset(Connection derby, Connection postgresql) {
        this.derby = derby;
        this.postgresql = postgresql;
    }

    /** The next value of each sequence and identity column ({@code table.column}). */
    Map<String, Long> movePastCopiedIds(List<String> tables) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        long largestId = 0;
        for (String table : tables) {
            if (Sql.columns(postgresql, table).contains("id")) {
                largestId = Math.max(largestId, Sql.single(postgresql, "SELECT COALESCE(MAX(id), 0) FROM " + table));
            }
        }
        String derbySchema = Sql.text(derby, "VALUES CURRENT SCHEMA");
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
            for (String column : Sql.columns(postgresql, table)) {
                String owned = identitySequence(table, column);
                if (owned != null) {
                    long value = Sql.single(postgresql, "SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table);
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
}
