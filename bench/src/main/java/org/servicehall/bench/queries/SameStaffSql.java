package org.servicehall.bench.queries;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.bench.PlainSql;
import org.servicehall.domain.model.complaint.ComplaintStatus;

/** The duplicate hint (Q4) in plain SQL: the two lookups JpaCaseFinder.aboutStaffInCategory makes. */
final class SameStaffSql {

    private SameStaffSql() {
    }

    /** The same two lookups in plain SQL, merged newest first. */
    static Page<String> find(PlainSql sql, Fixture f) throws SQLException {
        Map<String, Instant> found = new LinkedHashMap<>();
        for (String column : new String[] {"STAFF_COMPLAINED_ABOUT_ID", "STAFF_COMPLAINED_ABOUT"}) {
            PreparedStatement s = sql.statement(statement(column));
            PlainSql.bind(s, column.endsWith("_ID") ? f.staffId() : f.staffNamed(), f.staffCategory(),
                    f.now().minus(ServerQueries.HINT_WINDOW), f.user());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.putIfAbsent(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        List<String> numbers = found.entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList();
        return new Page<>(numbers, numbers.size(), 0, 5);
    }

    static String statement(String column) {
        String open = ComplaintStatus.open().stream()
                .map(st -> "'" + st.name() + "'").collect(Collectors.joining(","));
        return "SELECT TRACKING_NUMBER, RECEIVED_AT FROM COMPLAINT WHERE " + column + " = ? AND CATEGORY_CODE = ?"
                + " AND RECEIVED_AT >= ? AND STATUS IN (" + open + ") AND " + PlainSql.NOT_ABOUT_ME
                + " ORDER BY RECEIVED_AT DESC FETCH FIRST 5 ROWS ONLY";
    }
}
