package org.servicehall.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The order the tables are copied in: parents before the tables whose foreign keys point at them. */
final class CopyOrder {

    private static final Set<String> SCHEMA_TABLES = Set.of("databasechangelog", "databasechangeloglock", "schema_fingerprint");

    private CopyOrder() {
    }

    /**
     * The target's tables, parents first. The tables about the schema itself (Liquibase's, and the
     * change log's fingerprint) are not copied: the target's own migration wrote them.
     */
    static List<String> of(Connection postgresql) throws SQLException {
        DatabaseMetaData meta = postgresql.getMetaData();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, postgresql.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!SCHEMA_TABLES.contains(table)) {
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
}
