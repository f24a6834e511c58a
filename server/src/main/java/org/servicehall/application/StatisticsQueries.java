package org.servicehall.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The database side of the statistics: counts per day and figure kept up to date by every stored
 * step, summed over the period.
 */
public interface StatisticsQueries {

    Statistics.Report report(LocalDate from, LocalDate to);

    /** The report without the repeat complainants, which are the only figures not counted in advance. */
    Statistics.Report counts(LocalDate from, LocalDate to);

    /** The sum of a figure over every day: how many complaints count towards it now, whenever received. */
    long allDays(String figure, String code);

    /** Complaints received in the days that missed a stage deadline: done after it, or still open past it at {@code now}. */
    long overdue(LocalDate from, LocalDate to, Instant now);

    /** Complaints received in the days that were supervised or of emergency urgency. */
    long escalated(LocalDate from, LocalDate to);

    /** Improvement actions raised from {@code from} (inclusive) to {@code to} (exclusive). */
    long improvementsOpened(Instant from, Instant to);

    /** Improvement actions closed from {@code from} (inclusive) to {@code to} (exclusive). */
    long improvementsClosed(Instant from, Instant to);
}
