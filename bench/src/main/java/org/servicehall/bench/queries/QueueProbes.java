package org.servicehall.bench.queries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicehall.application.CaseQueries.Queue;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.bench.Hall;
import org.servicehall.domain.shared.Actor;

/**
 * What {@link QueueSweep} times: every queue in every sort the queue screen offers, each read by
 * the role that works it, and the search.
 */
final class QueueProbes {

    private static final String[] SORTS = {"currentDue", "-currentDue", "receivedAt", "-receivedAt", "urgency",
            "-urgency", "trackingNumber", "-trackingNumber"};
    private static final int PAGE = 20;

    /** One first page to time, asked for by {@code reader}. */
    record Probe(String label, QueueRequest request, Actor reader) {
    }

    private QueueProbes() {
    }

    /** {@code clerk} is a receptionist with registered cases, {@code phone} a complainant's number to search for. */
    static List<Probe> all(String clerk, String phone, Set<String> only) {
        String department = "REAL_ESTATE";
        String handler = Hall.handlerId(Arrays.stream(Hall.DEPARTMENTS)
                .filter(d -> d.code().equals(department)).findFirst().orElseThrow(), 0);
        Actor supervisor = Actor.staff("bench.supervisor", Actor.Role.SUPERVISOR, "bench", null);
        Actor handlerActor = Actor.staff(handler, Actor.Role.HANDLER, "bench", department);
        Actor clerkActor = Actor.staff(clerk, Actor.Role.RECEPTION, "bench", null);
        Map<Queue, Actor> readers = new EnumMap<>(Queue.class);
        for (Queue q : Queue.values()) {
            readers.put(q, switch (q) {
                case MINE, DEPARTMENT, DEPARTMENT_OVERDUE -> handlerActor;
                case NEW, RECEIVED -> clerkActor;
                default -> supervisor;
            });
        }
        List<Probe> probes = new ArrayList<>();
        for (Queue q : Queue.values()) {
            if (!only.isEmpty() && !only.contains(q.name())) {
                continue;
            }
            for (String sort : SORTS) {
                probes.add(new Probe(q + " " + sort, request(q, null, sort), readers.get(q)));
            }
        }
        if (only.isEmpty() || only.contains("SEARCH")) {
            probes.add(new Probe("ALL search phone", request(Queue.ALL, phone, null), supervisor));
            probes.add(new Probe("ALL search words", request(Queue.ALL, "办理 窗口", null), supervisor));
            probes.add(new Probe("ALL search words -receivedAt", request(Queue.ALL, "办理 窗口", "-receivedAt"), supervisor));
            probes.add(new Probe("ALL (handler) currentDue", request(Queue.ALL, null, null), handlerActor));
            probes.add(new Probe("ALL (clerk) currentDue", request(Queue.ALL, null, null), clerkActor));
        }
        return probes;
    }

    private static QueueRequest request(Queue queue, String text, String sort) {
        return new QueueRequest(queue, null, null, null, null, text, sort, 0, PAGE);
    }
}
