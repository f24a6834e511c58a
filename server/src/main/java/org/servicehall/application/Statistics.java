package org.servicehall.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Stage 5: what the complaints of a period say, for the supervisor's dashboard and reports. */
public interface Statistics {

    Report report(LocalDate from, LocalDate to);

    /**
     * The same figures without the repeat complainants (an empty list): read from the counts kept
     * per day, so it costs the same whatever the number of complaints (the dashboard's figures).
     */
    Report counts(LocalDate from, LocalDate to);

    /**
     * The queues the supervisor's dashboard shows as counts that the kept figures answer exactly:
     * the escalated cases (open, supervised or of emergency urgency) and the plans awaiting approval.
     */
    OpenWork openWork();

    record OpenWork(long escalated, long awaitingApproval) {
    }

    /**
     * Counts and rates for the days {@code from} to {@code to} (inclusive, hall time zone).
     *
     * @param onTimeRate       per stage: the share of stages done by their deadline (0..1), of those done
     * @param substantiatedRate the share of findings that were substantiated or partly so
     * @param repeatComplainants phone numbers (masked) with two or more complaints, and how many
     */
    record Report(LocalDate from, LocalDate to, long total, Map<String, Long> byStatus, Map<String, Long> byCategory,
                  Map<String, Long> byChannel, Map<String, Long> byDepartment, Map<String, Long> byCause,
                  Map<String, Long> byUrgency, Map<String, Long> bySatisfaction, Map<String, Double> onTimeRate,
                  double substantiatedRate, long resolvedOnSpot, long redirected, long appealed,
                  List<Repeat> repeatComplainants, Map<String, Long> byWeek) {
    }

    record Repeat(String maskedPhone, long complaints) {
    }
}
