package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.TAX_HANDLER;
import static org.servicehall.domain.model.complaint.ComplaintStatus.INVESTIGATING;
import static org.servicehall.domain.model.complaint.Fixtures.HANDLE_DUE;
import static org.servicehall.domain.model.complaint.Fixtures.SIGN_FOR_DUE;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRecorded;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Extensions of {@link Complaint}'s deadlines: asked for by the department in any stage whose
 * clock runs, decided by a supervisor.
 */
class ExtensionsTest {

    // ================================================================== extensions

    @Nested
    class Extensions {

        private static final Instant WANTED = Instant.parse("2026-12-10T09:30:00Z");

        @Test
        void a_handler_asks_for_more_time_for_the_running_stage() {
            Complaint complaint = Cases.investigating();

            Extension extension = complaint.oversight().requestExtension(WANTED, "需调取外单位档案", HANDLER, LATER);

            assertEquals(List.of(extension), complaint.oversight().extensions());
            assertEquals(Stage.HANDLE, extension.stage());
            assertEquals(Optional.of(HANDLE_DUE), extension.previousDue());
            assertEquals(WANTED, extension.requestedDue());
            assertEquals("需调取外单位档案", extension.reason());
            assertEquals(LATER, extension.requestedAt());
            assertEquals("sun.li", extension.requestedBy());
            assertEquals(Extension.State.PENDING, extension.state());
            assertEquals(Optional.of(HANDLE_DUE), complaint.deadlines().current(), "moves only when approved");
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.EXTENSION_REQUESTED, INVESTIGATING, INVESTIGATING, HANDLER, LATER);
            assertEquals(Optional.of("HANDLE 2026-12-07T09:30:00Z → 2026-12-10T09:30:00Z: 需调取外单位档案"), entry.summary());
        }

        @Test
        void an_extension_of_the_sign_for_stage_is_asked_while_assigned() {
            Complaint complaint = Cases.assigned();
            Extension extension = complaint.oversight().requestExtension(Instant.parse("2026-12-03T09:30:00Z"), "科长出差",
                    HANDLER, LATER.minus(Duration.ofDays(5)));
            assertEquals(Stage.SIGN_FOR, extension.stage());
            assertEquals(Optional.of(SIGN_FOR_DUE), extension.previousDue());
        }

        @Test
        void the_requested_deadline_must_be_later_than_the_current_one_and_than_now() {
            Complaint complaint = Cases.investigating();
            assertRefused("extensionNotLater", complaint, () -> complaint.oversight().requestExtension(HANDLE_DUE, "x", HANDLER, LATER));
            assertRefused("extensionNotLater", complaint,
                    () -> complaint.oversight().requestExtension(HANDLE_DUE.minusSeconds(60), "x", HANDLER, LATER));
            Instant muchLater = Instant.parse("2026-12-20T02:00:00Z");
            assertRefused("extensionNotLater", complaint, () -> complaint.oversight().requestExtension(WANTED, "x", HANDLER, muchLater));
            assertRefused("required", complaint, () -> complaint.oversight().requestExtension(null, "x", HANDLER, LATER));
            assertTrue(complaint.oversight().extensions().isEmpty());
        }

        @Test
        void an_extension_needs_a_reason() {
            Complaint complaint = Cases.investigating();
            assertRefused("required", complaint, () -> complaint.oversight().requestExtension(WANTED, " ", HANDLER, LATER));
            assertTrue(complaint.oversight().extensions().isEmpty());
        }

        @Test
        void only_one_request_is_pending_at_a_time() {
            Complaint complaint = Cases.investigating();
            complaint.oversight().requestExtension(WANTED, "需调取档案", HANDLER, LATER);
            assertRefused("extensionPending", complaint,
                    () -> complaint.oversight().requestExtension(WANTED.plus(Duration.ofDays(1)), "再延", HANDLER, LATER));
            assertEquals(1, complaint.oversight().extensions().size());
        }

        @Test
        void only_the_assigned_department_asks_for_more_time() {
            Complaint complaint = Cases.investigating();
            assertRefused("notDepartment", complaint, () -> complaint.oversight().requestExtension(WANTED, "x", TAX_HANDLER, LATER));
        }

        @Test
        void no_extension_is_asked_before_the_case_is_with_a_department() {
            Complaint complaint = Cases.triaged();
            assertRefused("state", complaint, () -> complaint.oversight().requestExtension(WANTED, "x", SUPERVISOR, LATER));
        }

        @Test
        void reception_may_not_ask_for_an_extension() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.oversight().requestExtension(WANTED, "x", RECEPTION, LATER));
        }

        private Extension requested(Complaint complaint) {
            return Cases.identify(complaint.oversight().requestExtension(WANTED, "需调取外单位档案", HANDLER, LATER), 41L);
        }

        @Test
        void an_approved_extension_moves_the_deadline_and_keeps_both_on_record() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            Instant decidedAt = LATER.plusSeconds(1800);

            complaint.oversight().decideExtension(41L, true, "同意", SUPERVISOR, decidedAt);

            assertEquals(Extension.State.APPROVED, extension.state());
            assertEquals(Optional.of(HANDLE_DUE), extension.previousDue());
            assertEquals(WANTED, extension.requestedDue());
            assertEquals(Optional.of(decidedAt), extension.decidedAt());
            assertEquals(Optional.of("zhao.min"), extension.decidedBy());
            assertEquals(Optional.of("同意"), extension.decisionNote());
            assertEquals(Optional.of(WANTED), complaint.deadlines().due(Stage.HANDLE));
            assertEquals(Optional.of(WANTED), complaint.deadlines().current());
            assertEquals(Optional.of(Stage.HANDLE), complaint.deadlines().currentStage());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.EXTENSION_APPROVED, INVESTIGATING, INVESTIGATING,
                    SUPERVISOR, decidedAt);
            assertEquals(Optional.of("HANDLE 2026-12-07T09:30:00Z → 2026-12-10T09:30:00Z: 同意"), entry.summary());
        }

        @Test
        void a_rejected_extension_keeps_the_deadline_and_says_why() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);

            complaint.oversight().decideExtension(41L, false, "理由不充分", SUPERVISOR, LATER);

            assertEquals(Extension.State.REJECTED, extension.state());
            assertEquals(Optional.of("理由不充分"), extension.decisionNote());
            assertEquals(Optional.of(HANDLE_DUE), complaint.deadlines().current());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.EXTENSION_REJECTED, INVESTIGATING, INVESTIGATING,
                    SUPERVISOR, LATER);
            assertEquals(Optional.of("HANDLE 2026-12-07T09:30:00Z → 2026-12-07T09:30:00Z: 理由不充分"), entry.summary());
        }

        @Test
        void after_a_decision_a_new_request_may_be_made() {
            Complaint complaint = Cases.investigating();
            requested(complaint);
            complaint.oversight().decideExtension(41L, false, "理由不充分", SUPERVISOR, LATER);

            Extension again = complaint.oversight().requestExtension(WANTED, "补充理由", HANDLER, LATER);

            assertEquals(Extension.State.PENDING, again.state());
            assertEquals(2, complaint.oversight().extensions().size());
        }

        @Test
        void a_rejection_needs_a_note() {
            Complaint complaint = Cases.investigating();
            requested(complaint);
            TransitionRefused refused = assertRefused("required", complaint,
                    () -> complaint.oversight().decideExtension(41L, false, " ", SUPERVISOR, LATER));
            assertEquals(List.of("note"), refused.args());
        }

        @Test
        void a_rejection_refused_for_want_of_a_note_leaves_the_request_pending() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            assertThrows(TransitionRefused.class, () -> complaint.oversight().decideExtension(41L, false, null, SUPERVISOR, LATER));
            assertEquals(Extension.State.PENDING, extension.state());
        }

        @Test
        void an_extension_is_decided_once() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            complaint.oversight().decideExtension(41L, true, null, SUPERVISOR, LATER);

            assertRefused("extensionDecided", complaint, () -> complaint.oversight().decideExtension(41L, false, "撤回", SUPERVISOR, LATER));

            assertEquals(Extension.State.APPROVED, extension.state());
            assertTrue(extension.decisionNote().isEmpty());
        }

        @Test
        void an_unknown_extension_is_refused() {
            Complaint complaint = Cases.investigating();
            requested(complaint);
            assertRefused("unknownExtension", complaint, () -> complaint.oversight().decideExtension(7L, true, null, SUPERVISOR, LATER));
        }

        @Test
        void only_a_supervisor_decides_an_extension() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            assertRefused("role", complaint, () -> complaint.oversight().decideExtension(41L, true, null, HANDLER, LATER));
            assertEquals(Extension.State.PENDING, extension.state());
        }

        @Test
        void no_extension_is_decided_on_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.oversight().decideExtension(41L, true, null, SUPERVISOR, LATER));
        }
    }
}
