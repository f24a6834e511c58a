package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's figures for a period, and the counts of the queues that need them now.
 *
 * @param onTimeRate     per stage code, the share of stages done by their deadline (0..1)
 * @param bySatisfaction per satisfaction code, how many
 * @param byWeek         per ISO week ({@code 2026-W47}), how many were received, in order
 */
public record Dashboard(LocalDate from, LocalDate to, long total, long receivedToday, long overdue, long escalated,
                        long awaitingApproval, long resolvedOnSpot, long redirected, long appealed,
                        double substantiatedRate, Map<String, Double> onTimeRate, Map<String, Long> bySatisfaction,
                        List<Count> topCategories, List<Count> topCauses, List<Count> topDepartments,
                        Map<String, Long> byWeek) implements Serializable {

    /** A figure of a top list: the code (for drill-down), its label and how many. */
    public record Count(String code, String label, long count) implements Serializable {
    }
}
