package org.servicehall.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.Statistics.Repeat;
import org.servicehall.application.Statistics.Report;
import org.servicehall.domain.model.complaint.PhoneNumber;

/**
 * The staff queries hand-written in SQL, for the same results as the server's JPA code: the same
 * rows, page and total; the same report. Statements are prepared once per connection and reused,
 * as a statement cache would (the server's data source caches 60 per connection).
 */
public final class PlainSql implements AutoCloseable {

    public static final String COLUMNS = "SELECT TRACKING_NUMBER, STATUS, URGENCY, CATEGORY_CODE, CATEGORY_LABEL_ZH,"
            + " CATEGORY_LABEL_EN, CHANNEL, RECEIVED_AT, CURRENT_DUE, CURRENT_STAGE, ASSIGNED_DEPARTMENT_NAME, HANDLER_NAME,"
            + " SUPERVISED, DESCRIPTION FROM COMPLAINT";
    public static final String NOT_ABOUT_ME = "(STAFF_COMPLAINED_ABOUT_ID IS NULL OR STAFF_COMPLAINED_ABOUT_ID <> ?)";
    public static final String WITH_DEPARTMENT =
            "STATUS IN ('ASSIGNED', 'INVESTIGATING', 'DECIDED', 'AWAITING_APPROVAL', 'IMPLEMENTING', 'AWAITING_FEEDBACK')";
    public static final String ORDER = " ORDER BY CURRENT_DUE, TRACKING_NUMBER";
    private static final String PAGE = " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    /** The WHERE conditions of the queries measured; '?' are bound in order. */
    public static final String DEPARTMENT_QUEUE = "ASSIGNED_DEPARTMENT = ? AND CURRENT_DUE < CAST('9999-12-31 00:00:00' AS TIMESTAMP) AND "
            + WITH_DEPARTMENT
            + " AND " + NOT_ABOUT_ME;
    public static final String OVERDUE_QUEUE = "CURRENT_DUE < ? AND " + NOT_ABOUT_ME;
    /** The DEPARTMENT_OVERDUE queue: department first, then the deadline, as JpaCaseFinder binds them. */
    public static final String OVERDUE_IN_DEPARTMENT = "ASSIGNED_DEPARTMENT = ? AND CURRENT_DUE < ? AND " + WITH_DEPARTMENT
            + " AND " + NOT_ABOUT_ME;
    public static final String BY_PHONE = "COMPLAINANT_PHONE = ? AND " + NOT_ABOUT_ME;

    private static final String PERIOD = " FROM COMPLAINT WHERE RECEIVED_DAY BETWEEN ? AND ?";

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public PlainSql(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    public PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            statements.put(sql, s);
        }
        return s;
    }

    /** One page of a queue and the total, counted only when the first page is full (as the server does). */
    public Page<CaseSummary> queue(String where, int offset, int limit, Object... parameters) throws SQLException {
        List<CaseSummary> rows = new ArrayList<>(limit);
        PreparedStatement page = statement(COLUMNS + " WHERE " + where + ORDER + PAGE);
        int i = bind(page, parameters);
        page.setInt(i++, offset);
        page.setInt(i, limit);
        try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
                String text = rs.getString(14);
                String excerpt = text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…";
                rows.add(new CaseSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getBoolean(13), excerpt));
            }
        }
        long total;
        if (offset == 0 && rows.size() < limit) {
            total = rows.size();
        } else {
            PreparedStatement count = statement("SELECT COUNT(*) FROM COMPLAINT WHERE " + where);
            bind(count, parameters);
            total = single(count);
        }
        return new Page<>(rows, total, offset, limit);
    }

    /**
     * The statistics of a period: one pass for every count and rate, then one grouped count per
     * dimension (10 statements where the server's code runs 16).
     */
    public Report report(LocalDate from, LocalDate to) throws SQLException {
        PreparedStatement totals = statement("SELECT COUNT(*),"
                + onTime("ACKNOWLEDGED_AT", "ACKNOWLEDGE_DUE") + "," + onTime("SIGNED_FOR_AT", "SIGN_FOR_DUE") + ","
                + onTime("HANDLED_AT", "HANDLE_DUE") + "," + onTime("FED_BACK_AT", "FEEDBACK_DUE") + ","
                + " COUNT(FINDING_OUTCOME),"
                + " SUM(CASE WHEN FINDING_OUTCOME <> 'NOT_SUBSTANTIATED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN APPEAL_ROUND > 0 THEN 1 ELSE 0 END)" + PERIOD);
        bindPeriod(totals, from, to);
        long total;
        Map<String, Double> onTime = new LinkedHashMap<>();
        double substantiated;
        long appealed;
        try (ResultSet rs = totals.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
            String[] stages = {"ACKNOWLEDGE", "SIGN_FOR", "HANDLE", "FEEDBACK"};
            for (int s = 0; s < 4; s++) {
                long done = rs.getLong(2 + 2 * s);
                long inTime = rs.getLong(3 + 2 * s);
                onTime.put(stages[s], done == 0 ? -1 : (double) inTime / done);
            }
            long withFinding = rs.getLong(10);
            substantiated = withFinding == 0 ? 0 : (double) rs.getLong(11) / withFinding;
            appealed = rs.getLong(12);
        }
        Map<String, Long> byStatus = grouped("STATUS", from, to);
        List<Repeat> repeats = new ArrayList<>();
        PreparedStatement phones = statement("SELECT COMPLAINANT_PHONE, COUNT(*)" + PERIOD
                + " AND COMPLAINANT_PHONE IS NOT NULL GROUP BY COMPLAINANT_PHONE HAVING COUNT(*) > 1"
                + " ORDER BY 2 DESC FETCH FIRST 20 ROWS ONLY");
        bindPeriod(phones, from, to);
        try (ResultSet rs = phones.executeQuery()) {
            while (rs.next()) {
                repeats.add(new Repeat(new PhoneNumber(rs.getString(1)).masked(), rs.getLong(2)));
            }
        }
        Map<String, Long> weeks = new TreeMap<>();
        PreparedStatement days = statement("SELECT RECEIVED_DAY, COUNT(*)" + PERIOD + " GROUP BY RECEIVED_DAY");
        bindPeriod(days, from, to);
        try (ResultSet rs = days.executeQuery()) {
            while (rs.next()) {
                weeks.merge(rs.getDate(1).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(),
                        rs.getLong(2), Long::sum);
            }
        }
        return new Report(from, to, total, byStatus, grouped("CATEGORY_CODE", from, to), grouped("CHANNEL", from, to),
                grouped("ASSIGNED_DEPARTMENT_NAME", from, to), grouped("FINDING_CAUSE", from, to),
                grouped("URGENCY", from, to), grouped("SATISFACTION", from, to), onTime, substantiated,
                byStatus.getOrDefault("RESOLVED_ON_SPOT", 0L), byStatus.getOrDefault("REDIRECTED", 0L), appealed, repeats,
                weeks);
    }

    private static String onTime(String done, String due) {
        return " SUM(CASE WHEN " + done + " IS NOT NULL AND " + due + " IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + done + " <= " + due + " THEN 1 ELSE 0 END)";
    }

    private Map<String, Long> grouped(String column, LocalDate from, LocalDate to) throws SQLException {
        PreparedStatement s = statement("SELECT " + column + ", COUNT(*)" + PERIOD + " AND " + column + " IS NOT NULL"
                + " GROUP BY " + column + " ORDER BY 2 DESC");
        bindPeriod(s, from, to);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static void bindPeriod(PreparedStatement s, LocalDate from, LocalDate to) throws SQLException {
        s.setDate(1, Date.valueOf(from));
        s.setDate(2, Date.valueOf(to));
    }

    public static int bind(PreparedStatement s, Object... parameters) throws SQLException {
        int i = 1;
        for (Object p : parameters) {
            if (p instanceof Instant instant) {
                s.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
            } else {
                s.setObject(i++, p);
            }
        }
        return i;
    }

    public static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
        statements.clear();
    }
}
