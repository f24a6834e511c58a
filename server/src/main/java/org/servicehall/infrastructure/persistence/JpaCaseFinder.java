package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicehall.application.CaseFinder;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries.Queue;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.model.complaint.PhoneNumber;
import org.servicehall.domain.model.complaint.SearchTerms;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;

/**
 * The work queues as JPQL on indexed columns. The query text is assembled only from fixed
 * fragments chosen by the queue and the filters present; every value is a bind parameter.
 */
@ApplicationScoped
public class JpaCaseFinder implements CaseFinder {

    private static final Duration DUE_SOON = Duration.ofHours(24);
    /** Later than any deadline: the upper end of the range that every running clock falls in. */
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");
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
     * <p>A queue that is the union of disjoint parts (see {@link #needToKnow}) is read part by part,
     * each in the queue's order along its own index up to the page's end, and merged; the parts
     * together are counted up to the bound.
     */
    public Page<CaseSummary> find(QueueRequest request, Actor reader, Instant now, long cap) {
        List<Condition> parts = query(request, reader, now);
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

    private List<CaseSummary> rows(Condition part, String sort, int first, int max) {
        TypedQuery<Object[]> rows = em.createQuery("SELECT c.trackingNumber, c.status, c.urgency, c.category.code,"
                + " c.category.labelZh, c.category.labelEn, c.channel, c.receivedAt, c.deadlines.current,"
                + " c.deadlines.currentStage, c.assignment.departmentName, c.assignment.handlerName, c.supervision.supervised,"
                + " c.description FROM Complaint c" + part.condition() + orderBy(sort), Object[].class);
        part.parameters().forEach(rows::setParameter);
        return rows.setFirstResult(first).setMaxResults(max).getResultList().stream().map(JpaCaseFinder::summary).toList();
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
        return query(request, reader, now).stream().mapToLong(this::count).sum();
    }

    private long count(Condition query) {
        // COUNT(c) would be sent as COUNT(ID), which no secondary index holds: Derby would fetch a base
        // row per counted entry. The tracking number is NOT NULL and in the queue indexes.
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c.trackingNumber) FROM Complaint c" + query.condition(),
                Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The WHERE of a queue with its filters (or a part of it), and its bind parameters. */
    private record Condition(String condition, Map<String, Object> parameters) {
    }

    /** The queue's condition as one or more disjoint parts (see {@link #needToKnow}). */
    private static List<Condition> query(QueueRequest request, Actor reader, Instant now) {
        String username = reader.id();
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        queue(request.queue(), username, reader.departmentCode(), now, where, parameters);
        where.add("(c.registration.staffComplainedAboutId IS NULL OR c.registration.staffComplainedAboutId <> :me)");
        parameters.put("me", username);
        filter("c.status", "status", enumValue(ComplaintStatus.class, request.status()), where, parameters);
        filter("c.urgency", "urgency", enumValue(Urgency.class, request.urgency()), where, parameters);
        filter("c.category.code", "category", blankToNull(request.categoryCode()), where, parameters);
        filter("c.channel", "channel", blankToNull(request.channel()), where, parameters);
        text(request.text(), where, parameters);
        String common = " WHERE " + String.join(" AND ", where);
        List<Condition> parts = needToKnow(request.queue(), reader);
        if (parts.isEmpty()) {
            return List.of(new Condition(common, parameters));
        }
        return parts.stream().map(part -> {
            Map<String, Object> both = new HashMap<>(parameters);
            both.putAll(part.parameters());
            return new Condition(common + " AND " + part.condition(), both);
        }).toList();
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
        return em.createQuery("SELECT c.trackingNumber, c.status, c.urgency, c.category.code,"
                        + " c.category.labelZh, c.category.labelEn, c.channel, c.receivedAt, c.deadlines.current,"
                        + " c.deadlines.currentStage, c.assignment.departmentName, c.assignment.handlerName, c.supervision.supervised,"
                        + " c.description FROM Complaint c WHERE " + path + " = :staff AND c.category.code = :category"
                        + " AND c.receivedAt >= :since AND c.status IN :open"
                        + " AND (c.registration.staffComplainedAboutId IS NULL OR c.registration.staffComplainedAboutId <> :me)"
                        + " ORDER BY c.receivedAt DESC", Object[].class)
                .setParameter("staff", staff).setParameter("category", categoryCode).setParameter("since", since)
                .setParameter("open", ComplaintStatus.open()).setParameter("me", username == null ? "-" : username)
                .setMaxResults(limit).getResultList().stream().map(JpaCaseFinder::summary).toList();
    }

    private static void queue(Queue queue, String username, String department, Instant now, List<String> where,
                              Map<String, Object> parameters) {
        switch (queue) {
            case NEW -> where.add("c.status = org.servicehall.domain.model.complaint.ComplaintStatus.RECEIVED");
            case MINE -> {
                // every status with a department runs a clock: a bound on the deadline keeps the same rows
                // and lets the index (handler, due) stop at the handler's open cases
                where.add("c.assignment.handlerId = :user AND c.deadlines.current < :farFuture AND c.status IN :withDepartment");
                parameters.put("user", username);
                parameters.put("farFuture", FAR_FUTURE);
                parameters.put("withDepartment", ComplaintStatus.withDepartment());
            }
            case RECEIVED -> {
                // open cases run a clock; cases closed at first contact (on the spot, redirected) do not,
                // so the bound keeps the index (owner, signed for, due) from reading the clerk's history
                where.add("c.firstContact.owner = :user AND c.firstContact.signedFor = FALSE AND c.deadlines.current < :farFuture"
                        + " AND c.status IN :open");
                parameters.put("user", username);
                parameters.put("farFuture", FAR_FUTURE);
                parameters.put("open", ComplaintStatus.open());
            }
            case DEPARTMENT -> {
                // as for MINE: without a bound on the deadline Derby reads the department's whole history;
                // "IS NOT NULL" is only a filter to Derby, a range ends the index scan (bench/README.md)
                where.add("c.assignment.departmentCode = :department AND c.deadlines.current < :farFuture"
                        + " AND c.status IN :withDepartment");
                parameters.put("department", department == null ? "-" : department);
                parameters.put("farFuture", FAR_FUTURE);
                parameters.put("withDepartment", ComplaintStatus.withDepartment());
            }
            case DEPARTMENT_OVERDUE -> {
                // the department's own work: not the cases it handed back (returned) or that an appeal reopened
                where.add("c.assignment.departmentCode = :department AND c.deadlines.current < :now"
                        + " AND c.status IN :withDepartment");
                parameters.put("department", department == null ? "-" : department);
                parameters.put("now", now);
                parameters.put("withDepartment", ComplaintStatus.withDepartment());
            }
            case UNASSIGNED -> {
                // open cases run a clock: the bound lets the page walk IX_COMPLAINT_OPEN_QUEUE in deadline
                // order (statuses in the index) instead of reading and sorting every case awaiting assignment
                where.add("c.status IN :awaiting AND c.deadlines.current < :farFuture");
                parameters.put("awaiting", ComplaintStatus.awaitingAssignment());
                parameters.put("farFuture", FAR_FUTURE);
            }
            case DUE_SOON -> {
                where.add("c.deadlines.current >= :now AND c.deadlines.current < :soon");
                parameters.put("now", now);
                parameters.put("soon", now.plus(DUE_SOON));
            }
            case OVERDUE -> {
                where.add("c.deadlines.current < :now");
                parameters.put("now", now);
            }
            case ESCALATED -> {
                // Only open cases run a clock (a finished one has no current deadline), so the bound on the
                // deadline is the "open" condition: the page walks IX_COMPLAINT_OPEN_QUEUE in deadline order
                // and tests supervision and urgency in the index (an OR of two columns uses no index). A list
                // of open statuses here made Derby probe every open status and read each open case's row.
                where.add("(c.supervision.supervised = TRUE OR c.urgency = org.servicehall.domain.model.calendar.Urgency.EMERGENCY)"
                        + " AND c.deadlines.current < :farFuture");
                parameters.put("farFuture", FAR_FUTURE);
            }
            case AWAITING_APPROVAL -> where.add("c.status = org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_APPROVAL");
            case ALL -> {
                // no condition
            }
        }
    }

    /**
     * The cases the reader's work needs, as Complaint.isReadableBy decides for one case, as disjoint
     * conditions whose union it is (none: every case); a queue of the handler's own department or
     * cases needs no more. A case a handler worked on that has since gone to another department
     * opens by its number but is not listed.
     *
     * <p>Where the queue itself picks few rows, one condition with an OR costs nothing; for ALL, whose
     * only condition this is, an OR of two columns would make Derby read every complaint, so the
     * union is given as two parts, each served by an index in the queue's order.
     */
    private static List<Condition> needToKnow(Queue queue, Actor reader) {
        boolean split = queue == Queue.ALL;
        switch (reader.role()) {
            case SUPERVISOR, SYSTEM -> {
                return List.of();
            }
            case HANDLER -> {
                if (queue == Queue.MINE || queue == Queue.DEPARTMENT || queue == Queue.DEPARTMENT_OVERDUE) {
                    return List.of();
                }
                Map<String, Object> department = Map.of("readerDepartment",
                        reader.departmentCode() == null ? "-" : reader.departmentCode());
                return split
                        ? List.of(new Condition("c.assignment.departmentCode = :readerDepartment", department),
                                new Condition("c.assignment.handlerId = :me AND (c.assignment.departmentCode IS NULL"
                                        + " OR c.assignment.departmentCode <> :readerDepartment)", department))
                        : List.of(new Condition("(c.assignment.departmentCode = :readerDepartment OR c.assignment.handlerId = :me)",
                                department));
            }
            case RECEPTION -> {
                Map<String, Object> frontDesk = Map.of("frontDesk", ComplaintStatus.frontDesk());
                if (!split) {
                    return List.of(new Condition("(c.status IN :frontDesk OR c.firstContact.owner = :me)", frontDesk));
                }
                // one part per status as well: a list of statuses is probed status by status and then
                // sorted whole, where each status alone is read in order along its (status, key) index
                List<Condition> parts = new ArrayList<>();
                for (ComplaintStatus status : ComplaintStatus.frontDesk()) {
                    parts.add(new Condition("c.status = :frontDeskStatus", Map.of("frontDeskStatus", status)));
                }
                parts.add(new Condition("c.firstContact.owner = :me AND c.status NOT IN :frontDesk", frontDesk));
                return parts;
            }
            default -> {
                return List.of(new Condition("1 = 0", Map.of()));
            }
        }
    }

    /** A tracking number, a phone number, or words (all must occur). */
    private static void text(String text, List<String> where, Map<String, Object> parameters) {
        if (text == null || text.isBlank()) {
            return;
        }
        var number = TrackingNumber.parse(text);
        if (number.isPresent()) {
            where.add("c.trackingNumber = :number");
            parameters.put("number", number.get().value());
            return;
        }
        var phone = PhoneNumber.parse(text);
        if (phone.isPresent()) {
            where.add("c.complainant.phone = :phone");
            parameters.put("phone", phone.get().value());
            return;
        }
        Set<String> terms = SearchTerms.of(text);
        if (terms.isEmpty()) {
            where.add("1 = 0");
            return;
        }
        // one plain subquery per term (its complaints, from the term's index entries): Derby turns each
        // into a join that starts at PK_COMPLAINT_TERM, where one grouped subquery ("has all the terms")
        // was run once per complaint of the whole table (bench/README.md, queues.sh)
        int i = 0;
        for (String term : terms) {
            where.add("c.id IN (SELECT t" + i + ".complaintId FROM ComplaintTerm t" + i + " WHERE t" + i + ".term = :term" + i + ")");
            parameters.put("term" + i, term);
            i++;
        }
    }

    private static void filter(String path, String name, Object value, List<String> where, Map<String, Object> parameters) {
        if (value != null) {
            where.add(path + " = :" + name);
            parameters.put(name, value);
        }
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

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    List.of(FieldViolation.of(type.getSimpleName().toLowerCase(), "unknown")));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CaseSummary summary(Object[] row) {
        String text = (String) row[13];
        String excerpt = text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…";
        return new CaseSummary((String) row[0], ((Enum<?>) row[1]).name(), ((Enum<?>) row[2]).name(), (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (Instant) row[7], (Instant) row[8], (String) row[9],
                (String) row[10], (String) row[11], Boolean.TRUE.equals(row[12]), excerpt);
    }
}
