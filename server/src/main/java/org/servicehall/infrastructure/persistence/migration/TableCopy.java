package org.servicehall.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Copies a table's rows from Derby into the same table in PostgreSQL, in batches. */
final class TableCopy {

    /** Rows the change log itself inserts (the job leases): replaced by the source's. */
    static final Set<String> SEEDED_TABLES = Set.of("job_lease");
    static final int BATCH = 1_000;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;

    private final Connection derby;
    private final Connection postgresql;
    private final Consumer<String> progress;

    TableCopy(Connection derby, Connection postgresql, Consumer<String> progress) {
        this.derby = derby;
        this.postgresql = postgresql;
        this.progress = progress;
    }

    void copy(String table) throws SQLException {
        List<String> columns = Sql.columns(postgresql, table);
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        if (SEEDED_TABLES.contains(table)) {
            try (Statement sql = postgresql.createStatement()) {
                sql.executeUpdate("DELETE FROM " + table);
            }
        }
        long rows = 0;
        try (Statement select = derby.createStatement();
             ResultSet source = select.executeQuery("SELECT " + list + " FROM " + table);
             PreparedStatement insert = postgresql.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            select.setFetchSize(BATCH);
            long batchBytes = 0;
            while (source.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = PostgresqlValues.of(source.getObject(i));
                    if (value instanceof byte[] bytes) {
                        batchBytes += bytes.length;
                    }
                    insert.setObject(i, value);
                }
                insert.addBatch();
                // evidence chunks are up to 1 MiB each: a batch holds at most BATCH_BYTES of them
                if (++rows % BATCH == 0 || batchBytes >= BATCH_BYTES) {
                    insert.executeBatch();
                    batchBytes = 0;
                }
                if (rows % 100_000 == 0) {
                    progress.accept("  " + table + ": " + rows + " rows");
                }
            }
            insert.executeBatch();
        }
        progress.accept("copied " + table + ": " + rows + " rows");
    }
}
