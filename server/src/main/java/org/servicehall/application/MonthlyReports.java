package org.servicehall.application;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Stage 5, reporting periodically: the figures of one calendar month for the centre's monthly
 * report — intake, timeliness, overdue and escalated cases, satisfaction, causes and the
 * improvement actions opened and closed.
 */
public interface MonthlyReports {

    MonthlyReport of(YearMonth month);

    /**
     * @param statistics          the complaints received in the month (see {@link Statistics.Report})
     * @param overdue             of those, how many missed a stage deadline (done late, or still open past it)
     * @param escalated           of those, how many were supervised (督办) or of emergency urgency
     * @param improvementsOpened  improvement actions raised in the month
     * @param improvementsClosed  improvement actions closed (done or cancelled) in the month
     */
    record MonthlyReport(YearMonth month, Statistics.Report statistics, long overdue, long escalated,
                         long improvementsOpened, long improvementsClosed, Instant producedAt, String producedBy) {
    }
}
