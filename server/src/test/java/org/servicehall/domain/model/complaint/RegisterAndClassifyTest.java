package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.ACCEPTED_AT;
import static org.servicehall.domain.model.complaint.Cases.APPEALED_AT;
import static org.servicehall.domain.model.complaint.Cases.CATEGORY;
import static org.servicehall.domain.model.complaint.Cases.DELAY;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.MAJOR;
import static org.servicehall.domain.model.complaint.Cases.NUMBER;
import static org.servicehall.domain.model.complaint.Cases.ORDINARY;
import static org.servicehall.domain.model.complaint.Cases.OTHER_NUMBER;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.ComplaintStatus.INVESTIGATING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REGISTERED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RETURNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.TRIAGED;
import static org.servicehall.domain.model.complaint.Fixtures.ACK_DUE_EMERGENCY;
import static org.servicehall.domain.model.complaint.Fixtures.ACK_DUE_NORMAL;
import static org.servicehall.domain.model.complaint.Fixtures.ACK_DUE_URGENT;
import static org.servicehall.domain.model.complaint.Fixtures.DEADLINES;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRecorded;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRefused;
import static org.servicehall.domain.model.complaint.TransitionAssertions.last;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 2 of {@link Complaint}: classifying and assessing a registered complaint, and the
 * possible duplicates the registration check flags.
 */
class RegisterAndClassifyTest {

    // ================================================================== triage

    @Nested
    class Triage {

        @Test
        void triage_classifies_and_assesses_a_registered_complaint() {
            Complaint complaint = Cases.registered();

            complaint.triage().triage(DELAY, "  不动产登记 ", Urgency.URGENT, MAJOR, SUPERVISOR, Cases.TRIAGED_AT, DEADLINES);

            assertEquals(TRIAGED, complaint.status());
            assertEquals(DELAY, complaint.category());
            assertEquals(Optional.of("不动产登记"), complaint.triage().businessArea());
            assertEquals(Urgency.URGENT, complaint.urgency());
            assertSame(MAJOR, complaint.triage().assessment().orElseThrow());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.TRIAGED, REGISTERED, TRIAGED, SUPERVISOR, Cases.TRIAGED_AT);
            assertEquals(Optional.of("PROCESSING_DELAY, URGENT, HIGH, major"), entry.summary());
        }

        @Test
        void an_emergency_triage_names_who_was_alerted() {
            Complaint complaint = Cases.registered();
            Assessment emergency = new Assessment(Assessment.Severity.HIGH, true, false, true, "中心主任");

            complaint.triage().triage(CATEGORY, null, Urgency.EMERGENCY, emergency, SUPERVISOR, Cases.TRIAGED_AT, DEADLINES);

            assertEquals(Optional.of("SERVICE_ATTITUDE, EMERGENCY, HIGH, emergency: 中心主任"), last(complaint).summary());
            assertTrue(complaint.triage().businessArea().isEmpty());
        }

        @Test
        void triage_of_a_returned_complaint_keeps_it_returned() {
            Complaint complaint = Cases.returned();

            complaint.triage().triage(CATEGORY, "税务", Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);

            assertEquals(RETURNED, complaint.status());
            assertEquals(Optional.of("税务"), complaint.triage().businessArea());
            assertRecorded(complaint, HistoryAction.TRIAGED, RETURNED, RETURNED, SUPERVISOR, LATER);
        }

        @Test
        void triage_of_a_triaged_complaint_reclassifies_it_in_place() {
            Complaint complaint = Cases.triaged();
            complaint.triage().triage(DELAY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);
            assertEquals(TRIAGED, complaint.status());
            assertEquals(DELAY, complaint.category());
            assertRecorded(complaint, HistoryAction.TRIAGED, TRIAGED, TRIAGED, SUPERVISOR, LATER);
        }

        @Test
        void raising_the_urgency_at_triage_shortens_the_acknowledge_deadline() {
            Complaint urgent = Cases.triaged(Urgency.URGENT);
            assertEquals(Optional.of(ACK_DUE_URGENT), urgent.deadlines().due(Stage.ACKNOWLEDGE));
            assertEquals(Optional.of(ACK_DUE_URGENT), urgent.deadlines().current());

            Complaint emergency = Cases.triaged(Urgency.EMERGENCY);
            assertEquals(Optional.of(ACK_DUE_EMERGENCY), emergency.deadlines().due(Stage.ACKNOWLEDGE));
            assertEquals(Optional.of(ACK_DUE_EMERGENCY), emergency.deadlines().current());

            Complaint normal = Cases.triaged(Urgency.NORMAL);
            assertEquals(Optional.of(ACK_DUE_NORMAL), normal.deadlines().current());
        }

        @Test
        void lowering_the_urgency_at_a_later_triage_never_lengthens_the_acknowledge_deadline() {
            Complaint complaint = Cases.triaged(Urgency.EMERGENCY);
            complaint.triage().triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);
            assertEquals(Urgency.NORMAL, complaint.urgency());
            assertEquals(Optional.of(ACK_DUE_EMERGENCY), complaint.deadlines().current());
        }

        @Test
        void triage_needs_an_urgency_and_a_severity() {
            Complaint complaint = Cases.registered();
            TransitionRefused refused = assertRefused("required", complaint,
                    () -> complaint.triage().triage(CATEGORY, null, null, ORDINARY, SUPERVISOR, LATER, DEADLINES));
            assertEquals(List.of("urgency"), refused.args());
            TransitionRefused noSeverity = assertThrows(TransitionRefused.class,
                    () -> new Assessment(null, false, false, false, null));
            assertEquals("required", noSeverity.code());
            assertEquals("required", assertThrows(TransitionRefused.class,
                    () -> new Assessment(Assessment.Severity.HIGH, false, false, true, " ")).code());
        }

        @Test
        void triage_is_refused_before_acceptance_and_once_with_a_department() {
            Complaint received = Cases.received();
            assertRefused("state", received,
                    () -> received.triage().triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES));
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned,
                    () -> assigned.triage().triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void only_a_supervisor_triages() {
            Complaint complaint = Cases.registered();
            assertRefused("role", complaint,
                    () -> complaint.triage().triage(CATEGORY, null, Urgency.URGENT, ORDINARY, RECEPTION, LATER, DEADLINES));
            assertRefused("role", complaint,
                    () -> complaint.triage().triage(CATEGORY, null, Urgency.URGENT, ORDINARY, HANDLER, LATER, DEADLINES));
            assertEquals(Urgency.NORMAL, complaint.urgency());
            assertTrue(complaint.triage().assessment().isEmpty());
        }

        @Test
        void a_triage_refused_for_a_long_business_area_changes_nothing() {
            Complaint complaint = Cases.registered();
            assertRefused("tooLong", complaint,
                    () -> complaint.triage().triage(DELAY, "x".repeat(101), Urgency.NORMAL, MAJOR, SUPERVISOR, LATER, DEADLINES));
            assertEquals(CATEGORY, complaint.category());
            assertTrue(complaint.triage().assessment().isEmpty());
        }

        @Test
        void triage_after_an_appeal_keeps_the_acknowledge_deadline_counted_from_the_appeal() {
            Complaint complaint = Cases.appealed();
            Instant dueAfterAppeal = complaint.deadlines().due(Stage.ACKNOWLEDGE).orElseThrow();

            complaint.triage().triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);

            assertEquals(Optional.of(dueAfterAppeal), complaint.deadlines().due(Stage.ACKNOWLEDGE));
            assertTrue(complaint.deadlines().current().orElseThrow().isAfter(APPEALED_AT));
        }
    }

    // ================================================================== duplicates

    @Nested
    class Duplicates {

        @Test
        void a_possible_duplicate_is_flagged_by_the_system() {
            Complaint complaint = Cases.registered();

            DuplicateFlag flag = complaint.triage().flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, LATER);

            assertNotNull(flag);
            assertEquals(OTHER_NUMBER, flag.otherTrackingNumber());
            assertEquals(DuplicateFlag.Reason.SAME_CONTACT, flag.reason());
            assertEquals(DuplicateFlag.State.OPEN, flag.state());
            assertEquals(LATER, flag.flaggedAt());
            assertTrue(flag.decidedAt().isEmpty());
            assertEquals(List.of(flag), complaint.triage().duplicateFlags());
            assertEquals(REGISTERED, complaint.status());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.DUPLICATE_FLAGGED, REGISTERED, REGISTERED,
                    Actor.system("duplicate-check"), LATER);
            assertEquals(Optional.of("SAME_CONTACT TS-20261129-00012"), entry.summary());
        }

        @Test
        void a_complaint_is_never_flagged_as_a_duplicate_of_itself() {
            Complaint complaint = Cases.registered();
            int entries = complaint.history().size();
            assertNull(complaint.triage().flagPossibleDuplicate(NUMBER, DuplicateFlag.Reason.SAME_STAFF_AND_CATEGORY, LATER));
            assertTrue(complaint.triage().duplicateFlags().isEmpty());
            assertEquals(entries, complaint.history().size());
        }

        @Test
        void the_same_other_complaint_is_flagged_only_once() {
            Complaint complaint = Cases.registered();
            complaint.triage().flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, LATER);
            int entries = complaint.history().size();

            assertNull(complaint.triage().flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_STAFF_AND_CATEGORY, LATER));

            assertEquals(1, complaint.triage().duplicateFlags().size());
            assertEquals(entries, complaint.history().size());
        }

        @Test
        void an_archived_case_is_not_flagged() {
            Complaint complaint = Cases.archived();
            int entries = complaint.history().size();
            try {
                complaint.triage().flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, LATER);
            } catch (TransitionRefused expected) {
                assertEquals("archived", expected.code());
            }
            assertTrue(complaint.triage().duplicateFlags().isEmpty());
            assertEquals(entries, complaint.history().size());
        }

        private DuplicateFlag flagged(Complaint complaint) {
            return Cases.identify(complaint.triage().flagPossibleDuplicate(OTHER_NUMBER,
                    DuplicateFlag.Reason.SAME_CONTACT, ACCEPTED_AT), 31L);
        }

        @Test
        void a_clerk_confirms_a_duplicate() {
            Complaint complaint = Cases.registered();
            DuplicateFlag flag = flagged(complaint);

            complaint.triage().decideDuplicate(31L, true, RECEPTION, LATER);

            assertEquals(DuplicateFlag.State.CONFIRMED, flag.state());
            assertEquals(Optional.of(LATER), flag.decidedAt());
            assertEquals(Optional.of("wang.fang"), flag.decidedBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.DUPLICATE_CONFIRMED, REGISTERED, REGISTERED, RECEPTION, LATER);
            assertEquals(Optional.of("TS-20261129-00012"), entry.summary());
        }

        @Test
        void a_supervisor_dismisses_a_flag() {
            Complaint complaint = Cases.investigating();
            DuplicateFlag flag = flagged(complaint);

            complaint.triage().decideDuplicate(31L, false, SUPERVISOR, LATER);

            assertEquals(DuplicateFlag.State.DISMISSED, flag.state());
            assertEquals(Optional.of("zhao.min"), flag.decidedBy());
            assertRecorded(complaint, HistoryAction.DUPLICATE_DISMISSED, INVESTIGATING, INVESTIGATING, SUPERVISOR, LATER);
        }

        @Test
        void a_flag_is_decided_only_once() {
            Complaint complaint = Cases.registered();
            DuplicateFlag flag = flagged(complaint);
            complaint.triage().decideDuplicate(31L, false, RECEPTION, LATER);

            assertRefused("duplicateDecided", complaint, () -> complaint.triage().decideDuplicate(31L, true, SUPERVISOR, LATER));

            assertEquals(DuplicateFlag.State.DISMISSED, flag.state());
            assertEquals(Optional.of("wang.fang"), flag.decidedBy());
        }

        @Test
        void an_unknown_flag_is_refused() {
            Complaint complaint = Cases.registered();
            flagged(complaint);
            TransitionRefused refused = assertRefused("unknownDuplicateFlag", complaint,
                    () -> complaint.triage().decideDuplicate(99L, true, RECEPTION, LATER));
            assertEquals(List.of(99L), refused.args());
        }

        @Test
        void a_handler_may_not_decide_a_duplicate() {
            Complaint complaint = Cases.investigating();
            DuplicateFlag flag = flagged(complaint);
            assertRefused("role", complaint, () -> complaint.triage().decideDuplicate(31L, true, HANDLER, LATER));
            assertEquals(DuplicateFlag.State.OPEN, flag.state());
        }

        @Test
        void duplicates_of_a_finished_case_are_not_decided() {
            Complaint complaint = Cases.received();
            DuplicateFlag flag = flagged(complaint);
            complaint.reception().resolveOnSpot("当场解释清楚", RECEPTION, "王芳", LATER);
            assertRefused("state", complaint, () -> complaint.triage().decideDuplicate(31L, true, RECEPTION, LATER));
            assertEquals(DuplicateFlag.State.OPEN, flag.state());
        }
    }
}
