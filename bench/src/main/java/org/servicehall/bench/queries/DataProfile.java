package org.servicehall.bench.queries;

import java.io.PrintStream;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicehall.bench.PlainSql;
import org.servicehall.domain.model.complaint.ComplaintStatus;

/** What the loaded data holds (statuses, queue lengths, table and index sizes), printed before the figures. */
final class DataProfile {

    private DataProfile() {
    }

    static void print(PlainSql sql, Fixture f, boolean onPostgresql, PrintStream out) throws SQLException {
        out.println("-- the data");
        Map<String, Long> byStatus = new LinkedHashMap<>();
        try (ResultSet rs = sql.statement("SELECT STATUS, COUNT(*) FROM COMPLAINT GROUP BY STATUS ORDER BY 2 DESC").executeQuery()) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long open = byStatus.entrySet().stream().filter(e -> ComplaintStatus.valueOf(e.getKey()).isOpen())
                .mapToLong(Map.Entry::getValue).sum();
        out.printf("  complaints %,d (open %,d); by status %s%n", all, open, byStatus);
        out.printf("  history rows %,d%n", single(sql, "SELECT COUNT(*) FROM COMPLAINT_HISTORY"));
        out.printf("  overdue (current deadline before now) %,d; overdue in %s %,d; DEPARTMENT queue of %s %,d"
                        + " (of which overdue %,d)%n",
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE CURRENT_DUE < ?", f.now()), f.department(),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE CURRENT_DUE < ? AND ASSIGNED_DEPARTMENT = ?", f.now(), f.department()),
                f.department(),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE ASSIGNED_DEPARTMENT = ? AND " + PlainSql.WITH_DEPARTMENT, f.department()),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE CURRENT_DUE < ? AND ASSIGNED_DEPARTMENT = ? AND "
                        + PlainSql.WITH_DEPARTMENT, f.now(), f.department()));
        out.printf("  rows of %s: %,d (all statuses); phone %s: %,d complaints; frequent complainant %s: %,d complaints%n",
                f.department(), single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE ASSIGNED_DEPARTMENT = ?", f.department()),
                f.phone(), f.phoneRows(), f.frequentPhone(), f.frequentRows());
        out.printf("  statistics month %s .. %s: %,d complaints%n", f.monthFrom(), f.monthTo(),
                single(sql, "SELECT COUNT(*) FROM COMPLAINT WHERE RECEIVED_DAY BETWEEN ? AND ?",
                        Date.valueOf(f.monthFrom()), Date.valueOf(f.monthTo())));
        out.printf("  queries run as staff member %s of %s, now = %s%n", f.user(), f.department(), f.now());
        if (onPostgresql) {
            for (String table : List.of("complaint", "complaint_history")) {
                StringBuilder sizes = new StringBuilder();
                try (ResultSet rs = sql.statement("SELECT c.relname, pg_relation_size(c.oid), c.relkind FROM pg_class c"
                        + " WHERE c.oid = '" + table + "'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index"
                        + " WHERE indrelid = '" + table + "'::regclass) ORDER BY c.relkind DESC, c.relname").executeQuery()) {
                    while (rs.next()) {
                        sizes.append(sizes.isEmpty() ? "rows " : ", ").append(rs.getString(3).equals("r") ? "" : rs.getString(1) + " ")
                                .append(Disk.mib(rs.getLong(2)));
                    }
                }
                out.printf("  %s: %s%n", table, sizes);
            }
            return;
        }
        for (String table : List.of("COMPLAINT", "COMPLAINT_HISTORY")) {
            StringBuilder indexes = new StringBuilder();
            try (ResultSet rs = sql.statement("SELECT CONGLOMERATENAME, ISINDEX, NUMALLOCATEDPAGES, PAGESIZE"
                    + " FROM TABLE(SYSCS_DIAG.SPACE_TABLE('APP', '" + table + "')) T ORDER BY ISINDEX, CONGLOMERATENAME").executeQuery()) {
                while (rs.next()) {
                    long bytes = rs.getLong(3) * rs.getLong(4);
                    if (rs.getBoolean(2)) {
                        indexes.append(indexes.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(Disk.mib(bytes));
                    } else {
                        indexes.append("rows ").append(Disk.mib(bytes)).append(" in ").append(rs.getLong(4) / 1024).append(" KiB pages; indexes: ");
                    }
                }
            }
            out.printf("  %s: %s%n", table, indexes.toString().replace("indexes: , ", "indexes: "));
        }
    }

    private static long single(PlainSql sql, String query, Object... parameters) throws SQLException {
        PreparedStatement s = sql.statement(query);
        PlainSql.bind(s, parameters);
        return PlainSql.single(s);
    }
}
