package org.servicehall.infrastructure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The WHERE of each work queue for its reader, as {@link JpaCaseFinder} reads it: assembled only
 * from fixed fragments chosen by the queue, the reader's need to know and the filters present;
 * every value is a bind parameter.
 */
final class QueueConditions {

    private static final Duration DUE_SOON = Duration.ofHours(24);
    /** Later than any deadline: the upper end of the range that every running clock falls in. */
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private QueueConditions() {
    }

    /** The WHERE of a queue with its filters (or a part of it), and its bind parameters. */
    record Condition(String condition, Map<String, Object> parameters) {
    }

    /** The queue's condition as one or more disjoint parts (see {@link #needToKnow}). */
    static List<Condition> of(QueueRequest request, Actor reader, Instant now) {
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
}
