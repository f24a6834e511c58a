package org.servicehall.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** What a database needs after a load by plain JDBC: the statistics' counts, and on Derby the optimizer's statistics. */
public final class LoadedStatistics {

    private LoadedStatistics() {
    }

    /**
     * The statistics' counts per day and figure (COMPLAINT_FIGURE) of the loaded complaints, by the
     * server's own counting SQL, the one change set 020 runs on an upgraded database: the loader
     * writes the complaints with plain JDBC, past the step that counts them in the server.
     */
    public static void countFigures(Connection c, PrintStream out) throws SQLException, IOException {
        long started = System.nanoTime();
        String sql;
        try (var in = LoadedStatistics.class.getResourceAsStream("/db/changelog/changes/020-complaint-figures-fill.sql")) {
            if (in == null) {
                throw new IllegalStateException("the server's classes have no 020-complaint-figures-fill.sql");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM COMPLAINT_FIGURE");
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.executeUpdate(statement.strip());
                }
            }
        }
        c.commit();
        // as it was given: the statistics update that follows on Derby runs without a transaction to end
        c.setAutoCommit(true);
        out.printf("  statistics' counts per day (COMPLAINT_FIGURE) written in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Derby's optimizer needs statistics to choose the indexes. */
    public static void updateStatistics(Connection c, PrintStream out, String... tables) throws SQLException {
        for (String table : tables) {
            long started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
            }
            out.printf("  statistics of %s updated in %.1f s%n", table, (System.nanoTime() - started) / 1e9);
        }
    }
}
