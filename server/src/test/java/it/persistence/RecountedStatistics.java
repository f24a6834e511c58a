package it.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
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
 * The statistics counted from the complaints themselves, as the server counted them before it kept
 * counts per day (its former JpaStatisticsQueries): the reference the kept counts must equal.
 */
@ApplicationScoped
public class RecountedStatistics {

    /** Per stage: when it was done, and its deadline (fields of {@code Deadlines}). */
    private static final String[][] STAGES = {{"acknowledgedAt", "acknowledgeDue"}, {"signedForAt", "signForDue"},
        {"handledAt", "handleDue"}, {"fedBackAt", "feedbackDue"}};

    private static final String PERIOD = " FROM Complaint c WHERE c.receivedDay BETWEEN :from AND :to";

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    public Report report(LocalDate from, LocalDate to) {
        long total = em.createQuery("SELECT COUNT(c)" + PERIOD, Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        Map<String, Long> byStatus = grouped("c.status", from, to);
        Map<String, Double> onTime = new LinkedHashMap<>();
        String[] names = {"ACKNOWLEDGE", "SIGN_FOR", "HANDLE", "FEEDBACK"};
        for (int i = 0; i < names.length; i++) {
            onTime.put(names[i], onTimeRate(STAGES[i][0], STAGES[i][1], from, to));
        }
        Object[] findings = em.createQuery("SELECT COUNT(c.finding.outcome), SUM(CASE WHEN c.finding.outcome <>"
                        + " org.servicehall.domain.model.complaint.Finding.Outcome.NOT_SUBSTANTIATED THEN 1 ELSE 0 END)"
                        + PERIOD + " AND c.finding.outcome IS NOT NULL", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long withFinding = number(findings[0]);
        double substantiated = withFinding == 0 ? 0 : (double) number(findings[1]) / withFinding;
        long appealed = em.createQuery("SELECT COUNT(c)" + PERIOD + " AND c.appeal.round > 0", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        List<Repeat> repeats = em.createQuery("SELECT c.complainant.phone, COUNT(c)" + PERIOD
                        + " AND c.complainant.phone IS NOT NULL GROUP BY c.complainant.phone HAVING COUNT(c) > 1"
                        + " ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(20).getResultList().stream()
                .map(row -> new Repeat(new PhoneNumber((String) row[0]).masked(), number(row[1]))).toList();
        return new Report(from, to, total, byStatus, grouped("c.category.code", from, to),
                grouped("c.channel", from, to), grouped("c.assignment.departmentName", from, to),
                grouped("c.finding.cause", from, to), grouped("c.urgency", from, to),
                grouped("c.feedback.satisfaction", from, to), onTime, substantiated,
                byStatus.getOrDefault("RESOLVED_ON_SPOT", 0L), byStatus.getOrDefault("REDIRECTED", 0L), appealed,
                repeats, byWeek(from, to));
    }

    public long overdue(LocalDate from, LocalDate to, Instant now) {
        StringBuilder late = new StringBuilder();
        for (String[] stage : STAGES) {
            late.append(late.length() == 0 ? "" : " OR ").append("c.deadlines.").append(stage[0]).append(" > c.deadlines.")
                    .append(stage[1]);
        }
        return em.createQuery("SELECT COUNT(c)" + PERIOD + " AND (" + late + " OR c.deadlines.current < :now)", Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("now", now).getSingleResult();
    }

    public long escalated(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(c)" + PERIOD + " AND (c.supervision.supervised = TRUE"
                        + " OR c.urgency = org.servicehall.domain.model.calendar.Urgency.EMERGENCY)", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    public long improvementsOpened(Instant from, Instant to) {
        return em.createQuery("SELECT COUNT(a) FROM ImprovementAction a WHERE a.createdAt >= :from AND a.createdAt < :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    public long improvementsClosed(Instant from, Instant to) {
        return em.createQuery("SELECT COUNT(a) FROM ImprovementAction a WHERE a.closedAt >= :from AND a.closedAt < :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Open with a running deadline, and supervised or of emergency urgency (the escalated queue, every case). */
    public long openEscalated() {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE (c.supervision.supervised = TRUE"
                        + " OR c.urgency = org.servicehall.domain.model.calendar.Urgency.EMERGENCY)"
                        + " AND c.deadlines.current IS NOT NULL AND c.status IN :open", Long.class)
                .setParameter("open", org.servicehall.domain.model.complaint.ComplaintStatus.open()).getSingleResult();
    }

    public long awaitingApproval() {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.status"
                + " = org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_APPROVAL", Long.class).getSingleResult();
    }

    private Map<String, Long> grouped(String path, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT " + path + ", COUNT(c)" + PERIOD + " AND " + path + " IS NOT NULL GROUP BY " + path
                        + " ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> counts.put(row[0] instanceof Enum<?> e ? e.name() : String.valueOf(row[0]), number(row[1])));
        return counts;
    }

    /** Of the stages done, the share done by their deadline; -1 when none was done. */
    private double onTimeRate(String done, String due, LocalDate from, LocalDate to) {
        Object[] row = em.createQuery("SELECT COUNT(c), SUM(CASE WHEN c.deadlines." + done + " <= c.deadlines." + due
                        + " THEN 1 ELSE 0 END)" + PERIOD + " AND c.deadlines." + done + " IS NOT NULL"
                        + " AND c.deadlines." + due + " IS NOT NULL", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long count = number(row[0]);
        return count == 0 ? -1 : (double) number(row[1]) / count;
    }

    /** Complaints per week (weeks start on Monday), from counts per day. */
    private Map<String, Long> byWeek(LocalDate from, LocalDate to) {
        Map<String, Long> weeks = new TreeMap<>();
        em.createQuery("SELECT c.receivedDay, COUNT(c)" + PERIOD + " GROUP BY c.receivedDay", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> weeks.merge(((LocalDate) row[0]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .toString(), number(row[1]), Long::sum));
        return weeks;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
