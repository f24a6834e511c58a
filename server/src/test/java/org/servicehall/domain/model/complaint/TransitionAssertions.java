package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/** What the tests of {@link Complaint}'s transitions check after each step: its history entry, or its refusal. */
final class TransitionAssertions {

    private TransitionAssertions() {
    }

    static HistoryEntry last(Complaint complaint) {
        List<HistoryEntry> history = complaint.history();
        return history.get(history.size() - 1);
    }

    /** The last entry records this action, from/to, by this actor (id, role, terminal), at this time. */
    static HistoryEntry assertRecorded(Complaint complaint, HistoryAction action, ComplaintStatus from,
                                       ComplaintStatus to, Actor by, Instant at) {
        HistoryEntry entry = last(complaint);
        assertEquals(action, entry.action(), "action");
        assertEquals(Optional.ofNullable(from), entry.fromStatus(), "from");
        assertEquals(to, entry.toStatus(), "to");
        assertEquals(by.id(), entry.actor().id(), "actor id");
        assertEquals(by.role(), entry.actor().role(), "actor role");
        assertEquals(by.terminal(), entry.actor().terminal(), "actor terminal");
        assertEquals(at, entry.occurredAt(), "time");
        assertEquals(complaint.history().size(), entry.sequence(), "sequence");
        return entry;
    }

    /**
     * The action is refused with {@code code}, and the complaint keeps its status and history: a
     * refused transition leaves no trace.
     */
    static TransitionRefused assertRefused(String code, Complaint complaint, Executable action) {
        ComplaintStatus before = complaint.status();
        List<HistoryEntry> history = List.copyOf(complaint.history());
        TransitionRefused refused = assertThrows(TransitionRefused.class, action);
        assertEquals(code, refused.code(), () -> "refused with " + refused.getMessage());
        assertEquals(before, complaint.status(), "status after refusal");
        assertEquals(history, complaint.history(), "history after refusal");
        return refused;
    }
}
