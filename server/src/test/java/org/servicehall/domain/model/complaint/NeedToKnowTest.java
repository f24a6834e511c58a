package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.Actor.Role;

/** Who may read a complaint: what their work needs, in every state of the process. */
class NeedToKnowTest {

    private static final Actor ADMIN = Actor.staff("it.admin", Role.ADMIN, "it-pc", null);

    @Test
    void a_supervisor_reads_every_complaint_in_every_state() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertTrue(Cases.in(status).isReadableBy(Cases.SUPERVISOR), status.name());
        }
    }

    @Test
    void a_handler_reads_the_complaints_of_their_department_and_not_those_before_or_elsewhere() {
        assertFalse(Cases.registered().isReadableBy(Cases.HANDLER), "not yet assigned");
        assertFalse(Cases.triaged().isReadableBy(Cases.HANDLER));
        for (ComplaintStatus status : EnumSet.of(ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING,
                ComplaintStatus.IMPLEMENTING, ComplaintStatus.CLOSED, ComplaintStatus.ARCHIVED)) {
            Complaint complaint = Cases.in(status);
            assertTrue(complaint.isReadableBy(Cases.HANDLER), "the handler, " + status);
            assertTrue(complaint.isReadableBy(Cases.SECOND_HANDLER), "a colleague of the department, " + status);
            assertFalse(complaint.isReadableBy(Cases.TAX_HANDLER), "a handler of another department, " + status);
        }
    }

    @Test
    void a_handler_keeps_reading_what_they_handled_after_it_moved_to_another_department() {
        Complaint complaint = Cases.appealed();
        DeadlinePolicy policy = Fixtures.DEADLINES;
        complaint.investigation().assign(Cases.TAX, Cases.QIAN_HAO, Cases.SCOPE, Cases.STANDARDS, null,
                Cases.SUPERVISOR, Cases.LATER, policy);
        assertTrue(complaint.isReadableBy(Cases.TAX_HANDLER), "the new department");
        assertTrue(complaint.isReadableBy(Cases.HANDLER), "the first handler, who signed for it and handled it");
        assertFalse(complaint.isReadableBy(Cases.SECOND_HANDLER), "not their former colleagues, who never touched it");
    }

    @Test
    void a_clerk_reads_the_front_desks_complaints_and_those_they_took_in() {
        for (ComplaintStatus status : EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.REGISTERED,
                ComplaintStatus.AWAITING_FEEDBACK, ComplaintStatus.CLOSED, ComplaintStatus.RESOLVED_ON_SPOT,
                ComplaintStatus.REDIRECTED)) {
            assertTrue(Cases.in(status).isReadableBy(Cases.OTHER_RECEPTION), "any clerk at the front desk, " + status);
        }
        for (ComplaintStatus status : EnumSet.of(ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING,
                ComplaintStatus.IMPLEMENTING, ComplaintStatus.ARCHIVED)) {
            Complaint complaint = Cases.in(status);
            assertFalse(complaint.isReadableBy(Cases.OTHER_RECEPTION), "not while a department has it, " + status);
            assertTrue(complaint.isReadableBy(Cases.RECEPTION), "the clerk who took it in, " + status);
        }
    }

    @Test
    void it_staff_read_no_complaint() {
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertFalse(Cases.in(status).isReadableBy(ADMIN), status.name());
        }
    }
}
