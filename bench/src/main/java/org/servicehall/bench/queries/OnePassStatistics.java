package org.servicehall.bench.queries;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicehall.application.Statistics.Repeat;
import org.servicehall.application.Statistics.Report;
import org.servicehall.domain.model.complaint.PhoneNumber;

/**
 * PROPOSAL, not in the server (Q3+, {@code --try-fixes}): the statistics shape written by the
 * benchmark, timed next to the same report in plain SQL.
 */
final class OnePassStatistics {

    private OnePassStatistics() {
    }

    /**
     * JpaStatisticsQueries' report with its seven single-figure statements (total, four on-time
     * rates, findings, appeals) folded into one; the grouped counts are its own JPQL unchanged.
     */
    static Report report(EntityManagerFactory emf, Fixture f) {
        EntityManager em = emf.createEntityManager();
        try {
            String period = " FROM Complaint c WHERE c.receivedDay BETWEEN :from AND :to";
            String[][] stages = {{"ACKNOWLEDGE", "acknowledgedAt", "acknowledgeDue"}, {"SIGN_FOR", "signedForAt", "signForDue"},
                    {"HANDLE", "handledAt", "handleDue"}, {"FEEDBACK", "fedBackAt", "feedbackDue"}};
            StringBuilder jpql = new StringBuilder("SELECT COUNT(c)");
            for (String[] stage : stages) {
                jpql.append(", SUM(CASE WHEN c.deadlines.").append(stage[1]).append(" IS NOT NULL AND c.deadlines.")
                        .append(stage[2]).append(" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN c.deadlines.")
                        .append(stage[1]).append(" <= c.deadlines.").append(stage[2]).append(" THEN 1 ELSE 0 END)");
            }
            jpql.append(", COUNT(c.finding.outcome), SUM(CASE WHEN c.finding.outcome <>"
                    + " org.servicehall.domain.model.complaint.Finding.Outcome.NOT_SUBSTANTIATED THEN 1 ELSE 0 END)"
                    + ", SUM(CASE WHEN c.appeal.round > 0 THEN 1 ELSE 0 END)").append(period);
            Object[] row = em.createQuery(jpql.toString(), Object[].class)
                    .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).getSingleResult();
            Map<String, Double> onTime = new LinkedHashMap<>();
            for (int i = 0; i < stages.length; i++) {
                long done = number(row[1 + 2 * i]);
                onTime.put(stages[i][0], done == 0 ? -1 : (double) number(row[2 + 2 * i]) / done);
            }
            long withFinding = number(row[9]);
            double substantiated = withFinding == 0 ? 0 : (double) number(row[10]) / withFinding;
            Map<String, Long> byStatus = grouped(em, "c.status", period, f);
            List<Repeat> repeats = em.createQuery("SELECT c.complainant.phone, COUNT(c)" + period
                            + " AND c.complainant.phone IS NOT NULL GROUP BY c.complainant.phone HAVING COUNT(c) > 1"
                            + " ORDER BY COUNT(c) DESC", Object[].class)
                    .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).setMaxResults(20).getResultList()
                    .stream().map(r -> new Repeat(new PhoneNumber((String) r[0]).masked(),
                            number(r[1]))).toList();
            Map<String, Long> weeks = new TreeMap<>();
            em.createQuery("SELECT c.receivedDay, COUNT(c)" + period + " GROUP BY c.receivedDay", Object[].class)
                    .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).getResultList()
                    .forEach(r -> weeks.merge(((LocalDate) r[0]).with(TemporalAdjusters.previousOrSame(
                            DayOfWeek.MONDAY)).toString(), number(r[1]), Long::sum));
            return new Report(f.monthFrom(), f.monthTo(), number(row[0]), byStatus, grouped(em, "c.categoryCode", period, f),
                    grouped(em, "c.channel", period, f), grouped(em, "c.assignment.departmentName", period, f),
                    grouped(em, "c.finding.cause", period, f), grouped(em, "c.urgency", period, f),
                    grouped(em, "c.feedback.satisfaction", period, f), onTime, substantiated,
                    byStatus.getOrDefault("RESOLVED_ON_SPOT", 0L), byStatus.getOrDefault("REDIRECTED", 0L), number(row[11]),
                    repeats, weeks);
        } finally {
            em.close();
        }
    }

    private static Map<String, Long> grouped(EntityManager em, String path, String period, Fixture f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT " + path + ", COUNT(c)" + period + " AND " + path + " IS NOT NULL GROUP BY " + path
                        + " ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("from", f.monthFrom()).setParameter("to", f.monthTo()).getResultList()
                .forEach(row -> counts.put(row[0] instanceof Enum<?> e ? e.name() : String.valueOf(row[0]), number(row[1])));
        return counts;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
