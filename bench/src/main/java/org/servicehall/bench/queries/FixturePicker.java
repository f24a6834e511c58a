package org.servicehall.bench.queries;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.servicehall.bench.ComplaintGenerator;
import org.servicehall.bench.Hall;
import org.servicehall.bench.Phones;
import org.servicehall.bench.PlainSql;

/** Picks the fixture from the loaded data: typical phone numbers, last month, the newest complaint about a staff member. */
final class FixturePicker {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    private FixturePicker() {
    }

    static Fixture pick(PlainSql sql, Instant now, QueryOptions options) throws SQLException {
        String department = options.department();
        String user = Hall.handlerId(Arrays.stream(Hall.DEPARTMENTS)
                .filter(d -> d.code().equals(department)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown department " + department)), 0);
        // a phone number that occurs a few times (2 to 5), as most repeat numbers do
        String phone = null;
        long phoneRows = 0;
        PreparedStatement byId = sql.statement("SELECT COMPLAINANT_PHONE FROM COMPLAINT WHERE ID = ?");
        PreparedStatement count = sql.statement("SELECT COUNT(*) FROM COMPLAINT WHERE COMPLAINANT_PHONE = ?");
        for (long id = ComplaintGenerator.ID_BASE + options.complaints() / 2; id < ComplaintGenerator.ID_BASE + options.complaints(); id++) {
            byId.setLong(1, id);
            String candidate = null;
            try (ResultSet rs = byId.executeQuery()) {
                if (rs.next()) {
                    candidate = rs.getString(1);
                }
            }
            if (candidate == null || candidate.equals(Phones.phone(0))) {
                continue;
            }
            count.setString(1, candidate);
            long rows = PlainSql.single(count);
            if (phone == null || (rows >= 2 && rows <= 5)) {
                phone = candidate;
                phoneRows = rows;
                if (rows >= 2 && rows <= 5) {
                    break;
                }
            }
        }
        String frequent = Phones.phone(0);
        count.setString(1, frequent);
        long frequentRows = PlainSql.single(count);
        LocalDate lastMonth = LocalDate.ofInstant(now, HALL).minusMonths(1).withDayOfMonth(1);
        // the staff member and category of the newest complaint about someone: the window's duplicate hint (Q4)
        String staffId = null;
        String staffNamed = null;
        String staffCategory = null;
        try (ResultSet rs = sql.statement("SELECT STAFF_COMPLAINED_ABOUT_ID, STAFF_COMPLAINED_ABOUT, CATEGORY_CODE FROM COMPLAINT"
                + " WHERE STAFF_COMPLAINED_ABOUT_ID IS NOT NULL ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY").executeQuery()) {
            if (rs.next()) {
                staffId = rs.getString(1);
                staffNamed = rs.getString(2);
                staffCategory = rs.getString(3);
            }
        }
        return new Fixture(now, department, user, phone, phoneRows, frequent, frequentRows, lastMonth,
                lastMonth.plusMonths(1).minusDays(1), staffId, staffNamed, staffCategory);
    }
}
