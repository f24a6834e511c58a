package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicehall.application.CaseFinder;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.shared.Actor;
import org.servicehall.infrastructure.persistence.QueueConditions.Condition;

/**
 * The work queues as JPQL on indexed columns: the pages in the order the screen asks, read along
 * an index, and their totals counted up to a bound. The conditions come from {@link QueueConditions}.
 */
@ApplicationScoped
public class JpaCaseFinder implements CaseFinder {

    /**
     * Totals are counted up to this many rows; a longer queue says "10 000+". Counting on would read
     * the whole queue for every page (a million index entries for ALL).
     */
    public static final long COUNT_CAP = 10_000;
    private static final Map<String, String> SORTABLE = Map.of(
            "currentDue", "c.deadlines.current",
            "receivedAt", "c.receivedAt",
            "urgency", "c.urgency",
            "trackingNumber", "c.trackingNumber");

    /** The longest page whose rows are read keys first (see {@link #rows}). */
    private static final int KEYS_FIRST_MAX = 200;

    private static final String SUMMARY = "SELECT c.trackingNumber, c.status, c.urgency, c.category.code,"
            + " c.category.labelZh, c.category.labelEn, c.channel, c.receivedAt, c.deadlines.current,"
            + " c.deadlines.currentStage, c.assignment.departmentName, c.assignment.handlerName,"
            + " c.supervision.supervised, c.description FROM Complaint c";

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    /**
     * A finder on an EntityManager the caller opened, outside the container: the query benchmark
     * (bench/, a package of its own) times the server's queries this way. In the server the
     * container injects {@link #em}; it cannot be public, as CDI allows public fields on
     * dependent beans only.
     */
    public static JpaCaseFinder on(EntityManager em) {
        JpaCaseFinder finder = new JpaCaseFinder();
        finder.em = em;
        return finder;
    }

    @Override
    public Page<CaseSummary> find(QueueRequest request, Actor reader, Instant now) {
        return find(request, reader, now, COUNT_CAP);
    }

    /**
     * A page and its total, the total counted up to {@code cap} rows (or to the end of the page asked
     * for, when that lies further): a longer queue's total is given as that bound and flagged capped,
     * so the cost of a page does not grow with the queue. The rows of the page are always exact.
     *
     * <p>A queue that is the union of disjoint parts (see {@link QueueConditions}) is read part by part,
     * each in the queue's order along its own index up to the page's end, and merged; the parts
     * together are counted up to the bound.
     */
    public Page<CaseSummary> find(QueueRequest request, Actor reader, Instant now, long cap) {
        List<Condition> parts = QueueConditions.of(request, reader, now);
        int end = request.offset() + request.limit();
        List<List<CaseSummary>> read = new ArrayList<>();
        for (Condition part : parts) {
            // one part alone is the page itself; of several, each gives its rows up to the page's end
            read.add(rows(part, request.sort(), parts.size() == 1 ? request.offset() : 0,
                    parts.size() == 1 ? request.limit() : end));
        }
        List<CaseSummary> page = parts.size() == 1 ? read.get(0) : read.stream().flatMap(List::stream)
                .sorted(order(request.sort())).skip(request.offset()).limit(request.limit()).toList();
        boolean endsTheQueue = parts.size() == 1
                ? page.size() < request.limit() && (request.offset() == 0 || !page.isEmpty())
                : read.stream().allMatch(rows -> rows.size() < end) && (request.offset() == 0 || !page.isEmpty());
        if (endsTheQueue) {
            // the page ends the queue: its end is the total, no count needed
            long total = parts.size() == 1 ? (long) request.offset() + page.size() : read.stream().mapToLong(List::size).sum();
            return new Page<>(page, total, request.offset(), request.limit(), false);
        }
        long bound = Math.max(cap, (long) end);
        long total = 0;
        for (Condition part : parts) {
            // counted only while the parts together stay within the bound
            if (beyond(part, bound - total)) {
                return new Page<>(page, bound, request.offset(), request.limit(), true);
            }
            total += count(part);
        }
        return new Page<>(page, total, request.offset(), request.limit(), false);
    }

    /**
     * The rows of a part from {@code first}, at most {@code max}: the page's tracking numbers first,
     * in the queue's order, then their columns by number. Asked for the numbers alone, Derby walks
     * an index that holds the condition's and the order's columns and stops at the page's end; asked
     * for every column of the list at once, with a condition on a column outside the order (the
     * recusal, on every queue), its optimizer prices reading each row's base row higher than a scan
     * of the whole table and a sort, and on a table of some 50 000 complaints it chose that
     * (0.3–0.8 s for a supervisor's ALL: bench/README.md, "Read committed on Derby"). Longer reads
     * (deep pages of a queue in parts) keep the single statement, so that the list stays short.
     */
    private List<CaseSummary> rows(Condition part, String sort, int first, int max) {
        if (max > KEYS_FIRST_MAX) {
            TypedQuery<Object[]> rows = em.createQuery(SUMMARY + part.condition() + orderBy(sort), Object[].class);
            part.parameters().forEach(rows::setParameter);
            return rows.setFirstResult(first).setMaxResults(max).getResultList().stream().map(JpaCaseFinder::summary)
                    .toList();
        }
        TypedQuery<String> keys = em.createQuery("SELECT c.trackingNumber FROM Complaint c" + part.condition()
                + orderBy(sort), String.class);
        part.parameters().forEach(keys::setParameter);
        List<String> numbers = keys.setFirstResult(first).setMaxResults(max).getResultList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, CaseSummary> byNumber = new HashMap<>();
        em.createQuery(SUMMARY + " WHERE c.trackingNumber IN :numbers", Object[].class)
                .setParameter("numbers", numbers).getResultList().stream().map(JpaCaseFinder::summary)
                .forEach(row -> byNumber.put(row.trackingNumber(), row));
        // a complaint removed between the two reads (a purge) is left out
        return numbers.stream().map(byNumber::get).filter(Objects::nonNull).toList();
    }

    /**
     * Whether the part holds a row past {@code bound}. Without an ORDER BY the database stops after
     * bound + 1 rows of whatever index serves the condition, instead of counting a million.
     */
    private boolean beyond(Condition part, long bound) {
        TypedQuery<String> beyond = em.createQuery("SELECT c.trackingNumber FROM Complaint c" + part.condition(),
                String.class);
        part.parameters().forEach(beyond::setParameter);
        return !beyond.setFirstResult((int) Math.min(Integer.MAX_VALUE, bound)).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long count(QueueRequest request, Actor reader, Instant now) {
        return QueueConditions.of(request, reader, now).stream().mapToLong(this::count).sum();
    }

    private long count(Condition query) {
        // COUNT(c) would be sent as COUNT(ID), which no secondary index holds: Derby would fetch a base
        // row per counted entry. The tracking number is NOT NULL and in the queue indexes.
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c.trackingNumber) FROM Complaint c" + query.condition(),
                Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }


    @Override
    public List<CaseSummary> aboutStaffInCategory(String staffId, String staffNamed, String categoryCode, Instant since,
                                                  String username, int limit) {
        if (categoryCode == null || categoryCode.isBlank()) {
            return List.of();
        }
        Map<String, CaseSummary> found = new LinkedHashMap<>();
        // one query per index (IX_COMPLAINT_STAFF_CATEGORY, IX_COMPLAINT_STAFF_NAMED_CATEGORY): an OR of the two
        // columns would make Derby read every complaint
        if (staffId != null && !staffId.isBlank() && !staffId.equals(username)) {
            sameStaff("c.registration.staffComplainedAboutId", staffId.strip(), categoryCode.strip(), since, username, limit)
                    .forEach(row -> found.putIfAbsent(row.trackingNumber(), row));
        }
        if (staffNamed != null && !staffNamed.isBlank()) {
            sameStaff("c.registration.staffComplainedAbout", staffNamed.strip(), categoryCode.strip(), since, username, limit)
                    .forEach(row -> found.putIfAbsent(row.trackingNumber(), row));
        }
        return found.values().stream().sorted(Comparator.comparing(CaseSummary::receivedAt).reversed())
                .limit(limit).toList();
    }

    private List<CaseSummary> sameStaff(String path, String staff, String categoryCode, Instant since, String username,
                                        int limit) {
        return em.createQuery(SUMMARY + " WHERE " + path + " = :staff AND c.category.code = :category"
                        + " AND c.receivedAt >= :since AND c.status IN :open"
                        + " AND (c.registration.staffComplainedAboutId IS NULL OR c.registration.staffComplainedAboutId <> :me)"
                        + " ORDER BY c.receivedAt DESC", Object[].class)
                .setParameter("staff", staff).setParameter("category", categoryCode).setParameter("since", since)
                .setParameter("open", ComplaintStatus.open()).setParameter("me", username == null ? "-" : username)
                .setMaxResults(limit).getResultList().stream().map(JpaCaseFinder::summary).toList();
    }

    private static String orderBy(String sort) {
        String key = sortKey(sort);
        boolean descending = key.startsWith("-");
        String path = SORTABLE.getOrDefault(descending ? key.substring(1) : key, "c.deadlines.current");
        return " ORDER BY " + path + (descending ? " DESC" : " ASC") + ", c.trackingNumber";
    }

    /**
     * The order of {@link #orderBy} for rows already read, as Derby and PostgreSQL sort them: an empty
     * value (a finished case has no deadline) after every other ascending and before them descending;
     * the urgency by its stored name; ties by the tracking number.
     */
    private static Comparator<CaseSummary> order(String sort) {
        String key = sortKey(sort);
        boolean descending = key.startsWith("-");
        Comparator<CaseSummary> by = switch (descending ? key.substring(1) : key) {
            case "receivedAt" -> Comparator.comparing(CaseSummary::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case "urgency" -> Comparator.comparing(CaseSummary::urgency, Comparator.nullsLast(Comparator.naturalOrder()));
            case "trackingNumber" -> Comparator.comparing(CaseSummary::trackingNumber);
            default -> Comparator.comparing(CaseSummary::currentDue, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        return (descending ? by.reversed() : by).thenComparing(CaseSummary::trackingNumber);
    }

    private static String sortKey(String sort) {
        String key = sort == null || sort.isBlank() ? "currentDue" : sort.strip();
        boolean descending = key.startsWith("-");
        return SORTABLE.containsKey(descending ? key.substring(1) : key) ? key : descending ? "-currentDue" : "currentDue";
    }


    private static CaseSummary summary(Object[] row) {
        String text = (String) row[13];
        String excerpt = text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…";
        return new CaseSummary((String) row[0], ((Enum<?>) row[1]).name(), ((Enum<?>) row[2]).name(), (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (Instant) row[7], (Instant) row[8], (String) row[9],
                (String) row[10], (String) row[11], Boolean.TRUE.equals(row[12]), excerpt);
    }
}
