package org.servicehall.bench.queries;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicehall.bench.PlainSql;

/** Derby's plans of the plain SQL statements ({@code --plans}), written to plans.txt next to the database. */
final class DerbyPlans {

    private final Path file;
    private final PrintStream out;
    private boolean plansWritten;

    DerbyPlans(Path file, PrintStream out) {
        this.file = file;
        this.out = out;
    }

    /** Derby's runtime statistics of the plain SQL statements, to see which index each one uses. */
    void write(PlainSql sql, Fixture f, String title) throws Exception {
        StringBuilder text = new StringBuilder();
        text.append("==== Derby plans, ").append(title).append(" ====\n");
        Connection c = sql.connection();
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
        }
        Map<String, Object[]> statements = new LinkedHashMap<>();
        String page = PlainSql.COLUMNS + " WHERE %s" + PlainSql.ORDER + " OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";
        statements.put("Q1 page", new Object[] {String.format(page, PlainSql.DEPARTMENT_QUEUE), f.department(), f.user()});
        statements.put("Q1 count", new Object[] {"SELECT COUNT(*) FROM COMPLAINT WHERE " + PlainSql.DEPARTMENT_QUEUE, f.department(), f.user()});
        statements.put("Q1x page", new Object[] {String.format(page, PlainSql.OVERDUE_IN_DEPARTMENT), f.department(), f.now(), f.user()});
        statements.put("Q1x count", new Object[] {"SELECT COUNT(*) FROM COMPLAINT WHERE " + PlainSql.OVERDUE_IN_DEPARTMENT, f.department(), f.now(), f.user()});
        statements.put("Q1o page", new Object[] {String.format(page, PlainSql.OVERDUE_QUEUE), f.now(), f.user()});
        statements.put("Q1o count", new Object[] {"SELECT COUNT(*) FROM COMPLAINT WHERE " + PlainSql.OVERDUE_QUEUE, f.now(), f.user()});
        statements.put("Q2 page", new Object[] {String.format(page, PlainSql.BY_PHONE), f.phone(), f.user()});
        statements.put("Q4 by staff id", new Object[] {SameStaffSql.statement("STAFF_COMPLAINED_ABOUT_ID"), f.staffId(),
                f.staffCategory(), f.now().minus(ServerQueries.HINT_WINDOW), f.user()});
        statements.put("Q4 by staff named", new Object[] {SameStaffSql.statement("STAFF_COMPLAINED_ABOUT"), f.staffNamed(),
                f.staffCategory(), f.now().minus(ServerQueries.HINT_WINDOW), f.user()});
        statements.put("Q3 grouped (one of them)", new Object[] {"SELECT STATUS, COUNT(*) FROM COMPLAINT WHERE RECEIVED_DAY BETWEEN ? AND ?"
                + " AND STATUS IS NOT NULL GROUP BY STATUS ORDER BY 2 DESC", Date.valueOf(f.monthFrom()), Date.valueOf(f.monthTo())});
        for (Map.Entry<String, Object[]> e : statements.entrySet()) {
            Object[] v = e.getValue();
            Object[] parameters = Arrays.copyOfRange(v, 1, v.length);
            try (PreparedStatement s = c.prepareStatement((String) v[0])) {
                PlainSql.bind(s, parameters);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        // drain
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                String plan = rs.getString(1);
                text.append("\n---- ").append(e.getKey()).append(" ----\n").append(plan).append('\n');
                out.printf("  plan %-26s %s%n", e.getKey() + ":", planSummary(plan));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
        }
        if (plansWritten) {
            Files.writeString(file, text.toString(), StandardOpenOption.APPEND);
        } else {
            Files.writeString(file, text.toString());
            plansWritten = true;
        }
        out.println("  (full plans in " + file + ")");
    }

    /** The access paths and row counts of a Derby plan, on one line. */
    private static String planSummary(String plan) {
        List<String> parts = new ArrayList<>();
        for (String raw : plan.split("\n")) {
            String l = raw.strip();
            if (l.startsWith("Index Scan ResultSet for") || l.startsWith("Table Scan ResultSet for")
                    || l.startsWith("Index Row to Base Row ResultSet for") || l.startsWith("Sort ResultSet")
                    || l.startsWith("Number of rows input") || l.startsWith("Rows seen") || l.startsWith("Number of rows qualified")
                    || l.startsWith("Row Count (1)")) {
                parts.add(l.replace(" ResultSet for COMPLAINT", "").replace("using index ", ""));
            }
            if (parts.size() >= 8) {
                break;
            }
        }
        return String.join(" | ", parts);
    }
}
