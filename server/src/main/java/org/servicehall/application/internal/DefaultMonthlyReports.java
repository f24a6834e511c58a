package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import org.servicehall.application.CallerContext;
import org.servicehall.application.MonthlyReports;
import org.servicehall.application.Statistics;
import org.servicehall.application.StatisticsQueries;

/** The monthly report's figures, all counted by the database; months still to come are refused. */
@ApplicationScoped
public class DefaultMonthlyReports implements MonthlyReports {

    private static final YearMonth FIRST = YearMonth.of(2000, 1);

    @Inject
    StatisticsQueries queries;

    @Inject
    Statistics statistics;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    /** Read outside a transaction, as {@link DefaultStatistics} reads and for the same reason. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public MonthlyReport of(YearMonth month) {
        Supervisors.require(caller);
        if (month == null) {
            throw Inputs.invalid("month", "required");
        }
        if (month.isAfter(YearMonth.now(clock)) || month.isBefore(FIRST)) {
            throw Inputs.invalid("month", "outOfRange");
        }
        var from = month.atDay(1);
        var to = month.atEndOfMonth();
        var now = clock.instant();
        var start = from.atStartOfDay(clock.getZone()).toInstant();
        var end = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return new MonthlyReport(month, statistics.report(from, to), queries.overdue(from, to, now),
                queries.escalated(from, to), queries.improvementsOpened(start, end), queries.improvementsClosed(start, end),
                now, caller.displayName());
    }
}
