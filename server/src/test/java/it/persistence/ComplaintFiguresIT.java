package it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Archives;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicehall.application.Statistics;
import org.servicehall.application.StatisticsQueries;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.Cases;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintFigures;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.Feedback;
import org.servicehall.domain.model.complaint.Fixtures;
import org.servicehall.domain.model.complaint.HandlingPlan;
import org.servicehall.domain.model.complaint.Measure;
import org.servicehall.domain.model.complaint.Referral;
import org.servicehall.domain.model.complaint.Satisfaction;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.infrastructure.persistence.FigureCompaction;
import org.servicehall.infrastructure.persistence.JpaStatisticsQueries;

/**
 * The statistics' counts kept per day and figure, in the real database of the running server
 * (Derby, or PostgreSQL on the PostgreSQL test server), equal the same statistics counted afresh
 * from the complaints ({@link RecountedStatistics}, the queries the server used before) after every
 * kind of step, each stored in a transaction of its own, and after concurrent filings.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintFiguresIT {

    @Deployment
    static WebArchive deployment() {
        return Archives.of("it-figures", List.of("DatabaseMigration"),
                        "org.servicehall.domain", "org.servicehall.infrastructure.persistence")
                .addClasses(Statistics.class, StatisticsQueries.class, RecountedStatistics.class)
                .addAsResource("META-INF/persistence.xml");
    }

    @Inject
    ComplaintRepository complaints;

    @Inject
    JpaStatisticsQueries kept;

    @Inject
    RecountedStatistics recounted;

    @Inject
    UserTransaction transaction;

    @Inject
    FigureCompaction compaction;

    @Resource(lookup = "jdbc/servicehall")
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** A day of its own, long past (its complaints are overdue now), so that other tests do not count on it. */
    private static LocalDate pastDay() {
        return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6000));
    }

    private static Instant at(LocalDate day, int hours) {
        return day.atTime(9, 0).atZone(Fixtures.HALL).toInstant().plus(hours, ChronoUnit.HOURS);
    }

    @Test
    void the_kept_counts_equal_the_complaints_counted_afresh_through_filing_steps_reassignment_closing_and_appeal()
            throws Exception {
        LocalDate day = pastDay();
        List<TrackingNumber> filed = new ArrayList<>();
        Channel[] channels = {Channel.KIOSK, Channel.WINDOW, Channel.WEBSITE, Channel.KIOSK, Channel.PHONE_HOTLINE, Channel.WECHAT};
        transaction.begin();
        for (int i = 0; i < channels.length; i++) {
            TrackingNumber number = complaints.nextTrackingNumber(day);
            complaints.store(Complaint.receive(number, channels[i], i % 2 == 0 ? Cases.CATEGORY : Cases.DELAY,
                    "统计核对 " + i, Cases.COMPLAINANT, Cases.CITIZEN, at(day, i), null, Fixtures.DEADLINES));
            filed.add(number);
        }
        transaction.commit();
        assertSameFigures(day, "filed");

        step(filed.get(0), day, "resolved on the spot", c -> c.reception().resolveOnSpot("当场解决", Cases.RECEPTION,
                Cases.RECEPTION_NAME, at(day, 8)));
        step(filed.get(1), day, "redirected", c -> c.reception().redirect(new Referral(Cases.HOUSING_BUREAU, "不属本中心"), Cases.RECEPTION,
                Cases.RECEPTION_NAME, at(day, 8)));

        // the whole way, with stages done late, to a dissatisfied close and an appeal
        TrackingNumber full = filed.get(2);
        step(full, day, "accepted", c -> c.reception().accept(Cases.registrationAbout("zhang.wei"), null,
                Cases.RECEPTION, Cases.RECEPTION_NAME,
                at(day, 30)));
        step(full, day, "triaged urgent", c -> c.triage().triage(Cases.CATEGORY, "不动产登记", Urgency.URGENT, Cases.ORDINARY, Cases.SUPERVISOR,
                at(day, 31), Fixtures.DEADLINES));
        step(full, day, "assigned", c -> c.investigation().assign(Cases.REAL_ESTATE, Cases.SUN_LI, Cases.SCOPE, null,
                null, Cases.SUPERVISOR,
                at(day, 32), Fixtures.DEADLINES));
        step(full, day, "signed for late", c -> c.investigation().signFor(Cases.HANDLER, at(day, 24 * 20)));
        step(full, day, "finding", c -> c.investigation().recordFinding(Cases.FINDING, Cases.HANDLER, at(day, 24 * 20 + 1)));
        step(full, day, "plan", c -> c.handling().proposePlan(new HandlingPlan("道歉", "孙丽", day.plusDays(40)), Cases.HANDLER,
                at(day, 24 * 20 + 2)));
        step(full, day, "plan approved", c -> c.handling().approvePlan(Cases.SUPERVISOR, at(day, 24 * 20 + 3)));
        step(full, day, "handled", c -> {
            c.handling().recordMeasure(Measure.Kind.APOLOGY, "当面道歉", Cases.HANDLER, at(day, 24 * 20 + 4));
            c.handling().completeHandling(Cases.HANDLER, at(day, 24 * 20 + 5), Fixtures.DEADLINES);
        });
        step(full, day, "closed dissatisfied", c -> c.handling().recordFeedback(Feedback.given(Feedback.Method.PHONE, "已道歉", "不接受",
                Satisfaction.DISSATISFIED, true), Cases.RECEPTION, at(day, 24 * 20 + 6)));
        step(full, day, "appealed", c -> c.aftercare().appeal("要求追责", Cases.RECEPTION, at(day, 24 * 20 + 7), Fixtures.DEADLINES));

        // returned by the department and assigned to another one
        TrackingNumber moved = filed.get(3);
        step(moved, day, "accepted", c -> c.reception().accept(Cases.registrationAbout("zhang.wei"), null,
                Cases.RECEPTION, Cases.RECEPTION_NAME,
                at(day, 30)));
        step(moved, day, "triaged emergency", c -> c.triage().triage(Cases.DELAY, "不动产登记", Urgency.EMERGENCY, Cases.ORDINARY,
                Cases.SUPERVISOR, at(day, 31), Fixtures.DEADLINES));
        step(moved, day, "assigned", c -> c.investigation().assign(Cases.REAL_ESTATE, Cases.SUN_LI, Cases.SCOPE, null,
                null, Cases.SUPERVISOR,
                at(day, 32), Fixtures.DEADLINES));
        step(moved, day, "returned", c -> c.investigation().returnAssignment("非本部门职责", Cases.HANDLER, at(day, 33)));
        step(moved, day, "reassigned", c -> c.investigation().assign(Cases.TAX, Cases.QIAN_HAO, Cases.SCOPE, null, null, Cases.SUPERVISOR,
                at(day, 34), Fixtures.DEADLINES));

        // supervised while open, past its deadline
        TrackingNumber supervised = filed.get(4);
        step(supervised, day, "accepted", c -> c.reception().accept(Cases.registrationAbout("zhang.wei"), null, Cases.RECEPTION,
                Cases.RECEPTION_NAME, at(day, 30)));
        step(supervised, day, "supervised", c -> c.oversight().supervise("逾期未分派", Cases.SUPERVISOR, at(day, 24 * 30)));

        // closed satisfied on time, archived, reopened
        TrackingNumber archived = filed.get(5);
        step(archived, day, "accepted", c -> c.reception().accept(Cases.registrationAbout("zhang.wei"), null, Cases.RECEPTION,
                Cases.RECEPTION_NAME, at(day, 1)));
        step(archived, day, "triaged", c -> c.triage().triage(Cases.DELAY, "不动产登记", Urgency.NORMAL, Cases.ORDINARY, Cases.SUPERVISOR,
                at(day, 2), Fixtures.DEADLINES));
        step(archived, day, "assigned and signed for in one transaction", c -> {
            c.investigation().assign(Cases.REAL_ESTATE, Cases.SUN_LI, Cases.SCOPE, null, null, Cases.SUPERVISOR, at(day,
                    3), Fixtures.DEADLINES);
            c.investigation().signFor(Cases.HANDLER, at(day, 4));
            c.investigation().recordFinding(new org.servicehall.domain.model.complaint.Finding(
                    org.servicehall.domain.model.complaint.Finding.Outcome.NOT_SUBSTANTIATED, null,
                    org.servicehall.domain.model.complaint.Finding.Cause.POLICY_MISUNDERSTANDING, null, "录像"), Cases.HANDLER, at(day, 5));
            c.handling().proposePlan(new HandlingPlan("解释说明", "孙丽", day.plusDays(3)), Cases.HANDLER, at(day, 6));
            c.handling().recordMeasure(Measure.Kind.APOLOGY, "解释", Cases.HANDLER, at(day, 7));
            c.handling().completeHandling(Cases.HANDLER, at(day, 8), Fixtures.DEADLINES);
            c.handling().recordFeedback(Feedback.given(Feedback.Method.PHONE, "已说明", "接受", Satisfaction.VERY_SATISFIED, false),
                    Cases.RECEPTION, at(day, 9));
        });
        step(archived, day, "archived", c -> c.aftercare().archive(Cases.SUPERVISOR, at(day, 10)));
        step(archived, day, "reopened", c -> c.aftercare().reopen("补充材料", Cases.OTHER_SUPERVISOR, at(day, 11)));

        Statistics.Report report = kept.report(day, day);
        assertEquals(6, report.total(), report.toString());
        assertEquals(1, report.appealed(), report.toString());
        assertEquals(1L, report.byDepartment().get(Cases.TAX.name()), "the reassigned case counts for its new department");
        assertEquals(2L, report.byDepartment().get(Cases.REAL_ESTATE.name()), "the appealed and the reopened case: " + report);
        long overdue = kept.overdue(day, day, Instant.now());
        assertTrue(overdue >= 3, "the open cases of a day long past are overdue: " + overdue);
        assertSameOpenWork();
    }

    /**
     * The escalated queue's length and the plans awaiting approval, over every day: other tests'
     * complaints count too, and the server's own jobs may take a step between the two counts, so
     * this waits (a bounded number of reads) for one moment at which both sides agree.
     */
    private void assertSameOpenWork() throws Exception {
        long[] last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            last = new long[] {recounted.openEscalated(), kept.allDays(ComplaintFigures.OPEN_ESCALATED, ComplaintFigures.NONE),
                recounted.awaitingApproval(), kept.allDays(ComplaintFigures.STATUS, "AWAITING_APPROVAL")};
            if (last[0] == last[1] && last[2] == last[3]) {
                assertTrue(last[0] >= 2, "the supervised and the emergency case are escalated: " + last[0]);
                return;
            }
        }
        assertEquals(last[0], last[1], "escalated and open");
        assertEquals(last[2], last[3], "awaiting approval");
    }

    @Test
    void concurrent_filings_lose_no_count() throws Exception {
        LocalDate day = pastDay();
        int threads = 8;
        int each = 10;
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<Integer> worker = () -> {
                UserTransaction own = (UserTransaction) new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
                for (int i = 0; i < each; i++) {
                    own.begin();
                    complaints.store(Complaint.receive(complaints.nextTrackingNumber(day), Channel.KIOSK, Cases.CATEGORY,
                            "并发 " + thread + "-" + i, Cases.COMPLAINANT, Cases.CITIZEN, at(day, thread), null, Fixtures.DEADLINES));
                    own.commit();
                }
                return each;
            };
            workers.add(executor.submit(worker));
        }
        // the day's slots folded into slot 0 again and again while the filings go on
        AtomicBoolean filing = new AtomicBoolean(true);
        Future<Integer> folding = executor.submit(() -> {
            int folded = 0;
            while (filing.get()) {
                folded += compaction.compact(day);
            }
            return folded;
        });
        int total = 0;
        try {
            for (Future<Integer> worker : workers) {
                total += worker.get();
            }
        } finally {
            filing.set(false);
        }
        folding.get();
        Statistics.Report report = kept.report(day, day);
        assertEquals(total, report.total(), report.toString());
        assertEquals(Long.valueOf(total), report.byChannel().get("KIOSK"), report.toString());
        assertSameFigures(day, "after concurrent filings");

        // The running server's escalation run steps on these overdue complaints too, each once, and
        // moves the day's counts in slots of its own: once it has, a compaction leaves one row per
        // figure. (A day ahead would keep it away, but its complaints would head the windows' lists
        // of arrivals in the browser tests that follow.)
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        compaction.compact(day);
        while (figureRowsBeyondOnePerFigure(day) > 0 && System.nanoTime() < end) {
            Thread.sleep(100);
            compaction.compact(day);
        }
        assertEquals(0, figureRowsBeyondOnePerFigure(day), () -> "one row per figure after the compaction: " + figureRows(day));
        assertSameFigures(day, "after the day's compaction");
    }

    private List<String> figureRows(LocalDate day) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "SELECT FIGURE, CODE, SLOT, N FROM COMPLAINT_FIGURE WHERE RECEIVED_DAY = ?")) {
            read.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + "/" + row.getString(2) + " slot " + row.getLong(3) + ": " + row.getLong(4));
                }
            }
        } catch (SQLException e) {
            rows.add(e.toString());
        }
        return rows;
    }

    private long figureRowsBeyondOnePerFigure(LocalDate day) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement rows = connection.prepareStatement("SELECT COUNT(*) - COUNT(DISTINCT FIGURE || '/' || CODE)"
                     + " FROM COMPLAINT_FIGURE WHERE RECEIVED_DAY = ?")) {
            rows.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet count = rows.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private void step(TrackingNumber number, LocalDate day, String what, Consumer<Complaint> change) throws Exception {
        transaction.begin();
        try {
            Complaint complaint = complaints.findForChange(number).orElseThrow();
            change.accept(complaint);
            complaints.store(complaint);
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
        assertSameFigures(day, what);
    }

    /**
     * Compares outside a transaction, as the server reads its statistics. The server's own jobs
     * (escalation acts on the overdue cases of these long-past days) may take a step between the
     * two readings, so this waits, for a bounded number of readings, for one at which both agree.
     */
    private void assertSameFigures(LocalDate day, String after) {
        LocalDate from = day.minusDays(3);
        Object[] expected = null;
        Object[] actual = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            Instant now = Instant.now();
            expected = new Object[] {recounted.report(from, day), recounted.overdue(from, day, now), recounted.escalated(from, day)};
            Statistics.Report counts = kept.counts(from, day);
            actual = new Object[] {kept.report(from, day), kept.overdue(from, day, now), kept.escalated(from, day)};
            if (java.util.Arrays.equals(expected, actual) && counts.total() == ((Statistics.Report) expected[0]).total()
                    && counts.repeatComplainants().isEmpty()) {
                return;
            }
        }
        assertEquals(expected[0], actual[0], "after " + after);
        assertEquals(expected[1], actual[1], "overdue, after " + after);
        assertEquals(expected[2], actual[2], "escalated, after " + after);
        assertEquals(((Statistics.Report) expected[0]).total(), kept.counts(from, day).total(), "counts, after " + after);
    }
}
