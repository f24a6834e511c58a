package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicehall.application.Statistics.Repeat;
import org.servicehall.application.Statistics.Report;
import org.servicehall.application.StatisticsQueries;
import org.servicehall.domain.model.complaint.ComplaintFigures;
import org.servicehall.domain.model.complaint.PhoneNumber;

/**
 * Statistics read from the counts per day and figure that every stored step keeps up to date
 * ({@link FigureCounts}, table {@code COMPLAINT_FIGURE}): a period reads a few rows per day and
 * figure, not its complaints. Only the repeat complainants (numbers with two or more complaints in
 * the period) and the complaints still open past their deadline are counted from the complaints.
 */
@ApplicationScoped
public class JpaStatisticsQueries implements StatisticsQueries {

    private static final String[] STAGES = {"ACKNOWLEDGE", "SIGN_FOR", "HANDLE", "FEEDBACK"};

    /** Per stage: when it was done, and its deadline (fields of {@code Deadlines}), in the order of {@link #STAGES}. */
    private static final String[][] STAGE_FIELDS = {{"acknowledgedAt", "acknowledgeDue"}, {"signedForAt", "signForDue"},
        {"handledAt", "handleDue"}, {"fedBackAt", "feedbackDue"}};

    private static final String PERIOD = " FROM Complaint c WHERE c.receivedDay BETWEEN :from AND :to";

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    /**
     * Statistics queries on an EntityManager the caller opened, outside the container: the query benchmark
     * (bench/, a package of its own) times the server's queries this way. In the server the
     * container injects {@link #em}; it cannot be public, as CDI allows public fields on
     * dependent beans only.
     */
    public static JpaStatisticsQueries on(EntityManager em) {
        JpaStatisticsQueries queries = new JpaStatisticsQueries();
        queries.em = em;
        return queries;
    }

    @Override
    public Report report(LocalDate from, LocalDate to) {
        Report counts = counts(from, to);
        List<Repeat> repeats = em.createQuery("SELECT c.complainant.phone, COUNT(c)" + PERIOD
                        + " AND c.complainant.phone IS NOT NULL GROUP BY c.complainant.phone HAVING COUNT(c) > 1"
                        + " ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(20).getResultList().stream()
                .map(row -> new Repeat(new PhoneNumber((String) row[0]).masked(), number(row[1]))).toList();
        return new Report(from, to, counts.total(), counts.byStatus(), counts.byCategory(), counts.byChannel(),
                counts.byDepartment(), counts.byCause(), counts.byUrgency(), counts.bySatisfaction(), counts.onTimeRate(),
                counts.substantiatedRate(), counts.resolvedOnSpot(), counts.redirected(), counts.appealed(), repeats,
                counts.byWeek());
    }

    @Override
    public Report counts(LocalDate from, LocalDate to) {
        Figures f = figures(from, to);
        Map<String, Long> byStatus = f.grouped(ComplaintFigures.STATUS);
        Map<String, Double> onTime = new LinkedHashMap<>();
        for (String stage : STAGES) {
            long done = f.single(ComplaintFigures.DONE, stage);
            onTime.put(stage, done == 0 ? -1 : (double) f.single(ComplaintFigures.ON_TIME, stage) / done);
        }
        long withFinding = f.single(ComplaintFigures.FINDING, ComplaintFigures.NONE);
        double substantiated = withFinding == 0 ? 0
                : (double) f.single(ComplaintFigures.SUBSTANTIATED, ComplaintFigures.NONE) / withFinding;
        return new Report(from, to, f.single(ComplaintFigures.TOTAL, ComplaintFigures.NONE), byStatus,
                f.grouped(ComplaintFigures.CATEGORY), f.grouped(ComplaintFigures.CHANNEL), f.grouped(ComplaintFigures.DEPARTMENT),
                f.grouped(ComplaintFigures.CAUSE), f.grouped(ComplaintFigures.URGENCY), f.grouped(ComplaintFigures.SATISFACTION),
                onTime, substantiated, byStatus.getOrDefault("RESOLVED_ON_SPOT", 0L), byStatus.getOrDefault("REDIRECTED", 0L),
                f.single(ComplaintFigures.APPEALED, ComplaintFigures.NONE), List.of(), f.byWeek);
    }

    /**
     * Those that did a stage late are counted in advance; those still open past their deadline
     * depend on {@code now} and are counted from the complaints (the running deadline is indexed),
     * leaving out the late ones, already counted.
     */
    @Override
    public long overdue(LocalDate from, LocalDate to, Instant now) {
        StringBuilder notLate = new StringBuilder();
        for (String[] stage : STAGE_FIELDS) {
            notLate.append(" AND (c.deadlines.").append(stage[0]).append(" IS NULL OR c.deadlines.").append(stage[1])
                    .append(" IS NULL OR c.deadlines.").append(stage[0]).append(" <= c.deadlines.").append(stage[1]).append(")");
        }
        long openPastDeadline = em.createQuery("SELECT COUNT(c)" + PERIOD + " AND c.deadlines.current < :now" + notLate,
                        Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("now", now).getSingleResult();
        return figures(from, to).single(ComplaintFigures.LATE, ComplaintFigures.NONE) + openPastDeadline;
    }

    @Override
    public long allDays(String figure, String code) {
        return number(em.createNativeQuery("SELECT SUM(N) FROM COMPLAINT_FIGURE WHERE FIGURE = ? AND CODE = ?")
                .setParameter(1, figure).setParameter(2, code).getSingleResult());
    }

    @Override
    public long escalated(LocalDate from, LocalDate to) {
        return figures(from, to).single(ComplaintFigures.ESCALATED, ComplaintFigures.NONE);
    }

    @Override
    public long improvementsOpened(Instant from, Instant to) {
        return em.createQuery("SELECT COUNT(a) FROM ImprovementAction a WHERE a.createdAt >= :from AND a.createdAt < :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long improvementsClosed(Instant from, Instant to) {
        return em.createQuery("SELECT COUNT(a) FROM ImprovementAction a WHERE a.closedAt >= :from AND a.closedAt < :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** The period's counts per figure and code, and the total per week (weeks start on Monday): one statement. */
    private Figures figures(LocalDate from, LocalDate to) {
        Figures figures = new Figures();
        List<?> rows = em.createNativeQuery("SELECT RECEIVED_DAY, FIGURE, CODE, SUM(N) FROM COMPLAINT_FIGURE"
                        + " WHERE RECEIVED_DAY BETWEEN ? AND ? GROUP BY RECEIVED_DAY, FIGURE, CODE")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long n = number(r[3]);
            if (n == 0) {
                continue;
            }
            String figure = (String) r[1];
            figures.counts.merge(figure + "\t" + r[2], n, Long::sum);
            if (ComplaintFigures.TOTAL.equals(figure)) {
                LocalDate day = day(r[0]);
                figures.byWeek.merge(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), n, Long::sum);
            }
        }
        return figures;
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    /** Counts keyed by figure and code (separated by a tab). */
    private static final class Figures {

        final Map<String, Long> counts = new HashMap<>();
        final Map<String, Long> byWeek = new TreeMap<>();

        long single(String figure, String code) {
            return counts.getOrDefault(figure + "\t" + code, 0L);
        }

        /** The codes of a figure with their counts, the largest first. */
        Map<String, Long> grouped(String figure) {
            String prefix = figure + "\t";
            Map<String, Long> grouped = new LinkedHashMap<>();
            counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .forEach(e -> grouped.put(e.getKey().substring(prefix.length()), e.getValue()));
            return grouped;
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
