package org.servicehall.application;

import java.time.LocalDate;

/** The database side of the statistics: grouped counts over indexed columns. */
public interface StatisticsQueries {

    Statistics.Report report(LocalDate from, LocalDate to);
}
