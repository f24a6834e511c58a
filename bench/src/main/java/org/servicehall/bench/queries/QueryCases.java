package org.servicehall.bench.queries;

import static org.servicehall.bench.queries.Reports.comparable;
import static org.servicehall.bench.queries.Reports.withoutRepeats;
import static org.servicehall.bench.queries.ServerQueries.finder;
import static org.servicehall.bench.queries.ServerQueries.sameStaff;
import static org.servicehall.bench.queries.ServerStatistics.dashboardCounts;
import static org.servicehall.bench.queries.ServerStatistics.report;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.servicehall.application.CaseQueries.Queue;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.bench.PlainSql;

/** The queries timed, each the server's JPA way next to plain SQL, and the statistics shape proposed. */
final class QueryCases {

    private static final int PAGE = 20;

    private QueryCases() {
    }

    static List<Case> shipped(EntityManagerFactory emf, PlainSql sql, Fixture f) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Q1", "first page, DEPARTMENT queue of " + f.department() + " by deadline",
                "JpaCaseFinder.find(DEPARTMENT, sort currentDue): open cases with the department, soonest deadline first"
                        + " (overdue ones lead)",
                () -> finder(emf, new QueueRequest(Queue.DEPARTMENT, null, null, null, null, null, "currentDue", 0, PAGE), f),
                () -> sql.queue(PlainSql.DEPARTMENT_QUEUE, 0, PAGE, f.department(), f.user()), true));
        cases.add(new Case("Q1x", "first page, overdue in " + f.department() + " by deadline",
                "JpaCaseFinder.find(DEPARTMENT_OVERDUE, sort currentDue): the issue's query exactly",
                () -> finder(emf, new QueueRequest(Queue.DEPARTMENT_OVERDUE, null, null, null, null, null, "currentDue", 0, PAGE), f),
                () -> sql.queue(PlainSql.OVERDUE_IN_DEPARTMENT, 0, PAGE, f.department(), f.now(), f.user()), true));
        cases.add(new Case("Q1o", "first page, OVERDUE queue (all departments) by deadline",
                "JpaCaseFinder.find(OVERDUE, sort currentDue): every overdue case, not only the department's",
                () -> finder(emf, new QueueRequest(Queue.OVERDUE, null, null, null, null, null, "currentDue", 0, PAGE), f),
                () -> sql.queue(PlainSql.OVERDUE_QUEUE, 0, PAGE, f.now(), f.user()), true));
        cases.add(new Case("Q2", "search by phone (" + f.phoneRows() + " complaints)",
                "JpaCaseFinder.find(ALL, text = phone number)",
                () -> finder(emf, new QueueRequest(Queue.ALL, null, null, null, null, f.phone(), null, 0, PAGE), f),
                () -> sql.queue(PlainSql.BY_PHONE, 0, PAGE, f.phone(), f.user()), false));
        cases.add(new Case("Q2f", "search by phone, frequent complainant (" + f.frequentRows() + " complaints)",
                "as Q2 for a phone number with more than a page of complaints (page + count)",
                () -> finder(emf, new QueueRequest(Queue.ALL, null, null, null, null, f.frequentPhone(), null, 0, PAGE), f),
                () -> sql.queue(PlainSql.BY_PHONE, 0, PAGE, f.frequentPhone(), f.user()), false));
        cases.add(new Case("Q4", "duplicate hint: open, same staff member (" + f.staffId() + " / " + f.staffNamed() + ") and "
                        + f.staffCategory() + ", last 30 days",
                "JpaCaseFinder.aboutStaffInCategory: two lookups, IX_COMPLAINT_STAFF_CATEGORY and IX_COMPLAINT_STAFF_NAMED_CATEGORY",
                () -> sameStaff(emf, f), () -> SameStaffSql.find(sql, f), false));
        cases.add(new Case("Q3", "statistics for " + f.monthFrom().getYear() + "-"
                        + String.format("%02d", f.monthFrom().getMonthValue()),
                "JpaStatisticsQueries.report(first, last day of the month): the counts per day (COMPLAINT_FIGURE, one"
                        + " statement) and the repeat complainants from the complaints; plain SQL: 10 statements over the complaints",
                () -> comparable(report(emf, f)), () -> comparable(sql.report(f.monthFrom(), f.monthTo())), false));
        cases.add(new Case("Q3d", "the dashboard's statistics for the same month (no repeat complainants)",
                "JpaStatisticsQueries.counts(first, last day of the month): one statement over COMPLAINT_FIGURE;"
                        + " plain SQL: the same figures counted from the complaints (9 statements)",
                () -> dashboardCounts(emf, f), () -> withoutRepeats(sql.report(f.monthFrom(), f.monthTo())), false));
        return cases;
    }

    /** The statistics shape proposed (not in the server), next to the same in plain SQL. */
    static List<Case> proposed(EntityManagerFactory emf, PlainSql sql, Fixture f) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Q3+", "statistics, the counts and rates in one statement",
                "PROPOSAL, not in the server: JpaStatisticsQueries' JPQL with total, on-time rates, findings and appeals"
                        + " in one SUM(CASE ...) statement: 10 statements instead of 16",
                () -> comparable(OnePassStatistics.report(emf, f)), () -> comparable(sql.report(f.monthFrom(), f.monthTo())), false));
        return cases;
    }
}
