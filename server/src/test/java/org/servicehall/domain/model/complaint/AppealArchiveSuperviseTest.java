package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.APPEALED_AT;
import static org.servicehall.domain.model.complaint.Cases.ARCHIVED_AT;
import static org.servicehall.domain.model.complaint.Cases.CITIZEN;
import static org.servicehall.domain.model.complaint.Cases.FED_BACK_AT;
import static org.servicehall.domain.model.complaint.Cases.FINDING;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.OTHER_SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.PLAN;
import static org.servicehall.domain.model.complaint.Cases.REAL_ESTATE;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.SECOND_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.SYSTEM;
import static org.servicehall.domain.model.complaint.Cases.ZHOU_JIE;
import static org.servicehall.domain.model.complaint.ComplaintStatus.APPEALED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ARCHIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ASSIGNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.CLOSED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.INVESTIGATING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REDIRECTED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REGISTERED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RESOLVED_ON_SPOT;
import static org.servicehall.domain.model.complaint.Fixtures.ACK_DUE_NORMAL;
import static org.servicehall.domain.model.complaint.Fixtures.ACK_DUE_URGENT;
import static org.servicehall.domain.model.complaint.Fixtures.DEADLINES;
import static org.servicehall.domain.model.complaint.Fixtures.HANDLE_DUE;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRecorded;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRefused;
import static org.servicehall.domain.model.complaint.TransitionAssertions.last;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * The appeal that reopens a closed {@link Complaint}, archiving and reopening it, and its
 * escalation (supervision, raised urgency).
 */
class AppealArchiveSuperviseTest {

    // ================================================================== appeal

    @Nested
    class Appeal {

        @Test
        void a_dissatisfied_complainant_appeals_and_the_case_is_re_examined() {
            Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);

            complaint.aftercare().appeal(" 道歉流于形式 ", RECEPTION, APPEALED_AT, DEADLINES);

            assertEquals(APPEALED, complaint.status());
            assertEquals(1, complaint.aftercare().appealRound().number());
            assertEquals(Optional.of("道歉流于形式"), complaint.aftercare().appealRound().reason());
            assertTrue(complaint.investigation().finding().isEmpty());
            assertTrue(complaint.handling().plan().isEmpty());
            assertTrue(complaint.handling().feedback().isEmpty());
            assertTrue(complaint.aftercare().citizenRating().isEmpty());
            assertFalse(complaint.aftercare().isDissatisfied());
            assertEquals(1, complaint.handling().measures().size(), "the measures of the first round stay on file");
            Deadlines deadlines = complaint.deadlines();
            for (Stage stage : Stage.values()) {
                assertTrue(deadlines.done(stage).isEmpty(), stage.name());
            }
            Instant ackDue = Instant.parse("2026-12-07T09:30:00Z"); // 1 working day after Fri 2026-12-04
            assertEquals(Optional.of(ackDue), deadlines.due(Stage.ACKNOWLEDGE));
            assertEquals(Optional.of(Stage.ACKNOWLEDGE), deadlines.currentStage());
            assertEquals(Optional.of(ackDue), deadlines.current());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.APPEALED, CLOSED, APPEALED, RECEPTION, APPEALED_AT);
            assertEquals(Optional.of("round 1: 道歉流于形式"), entry.summary());
        }

        @Test
        void the_complainant_may_appeal_at_a_kiosk_after_rating_dissatisfied() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            complaint.aftercare().rate(Satisfaction.DISSATISFIED, CITIZEN, APPEALED_AT);

            complaint.aftercare().appeal("反悔", CITIZEN, APPEALED_AT, DEADLINES);

            assertEquals(APPEALED, complaint.status());
            assertRecorded(complaint, HistoryAction.APPEALED, CLOSED, APPEALED, CITIZEN, APPEALED_AT);
        }

        @Test
        void the_earlier_round_stays_in_the_history_and_a_second_appeal_counts_two() {
            Complaint complaint = Cases.appealed();
            List<HistoryEntry> firstRound = List.copyOf(complaint.history());
            Instant t = LATER;
            complaint.investigation().assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, t, DEADLINES);
            complaint.investigation().signFor(SECOND_HANDLER, t);
            complaint.investigation().recordFinding(FINDING, SECOND_HANDLER, t);
            complaint.handling().proposePlan(PLAN, SECOND_HANDLER, t);
            complaint.handling().recordMeasure(Measure.Kind.STAFF_EDUCATED, "批评教育", SECOND_HANDLER, t);
            complaint.handling().completeHandling(SECOND_HANDLER, t, DEADLINES);
            complaint.handling().recordFeedback(Feedback.given(Feedback.Method.PHONE, "复核结果", null, Satisfaction.VERY_DISSATISFIED, true),
                    RECEPTION, t);

            complaint.aftercare().appeal("仍不满意", SUPERVISOR, t, DEADLINES);

            assertEquals(2, complaint.aftercare().appealRound().number());
            assertEquals(firstRound, complaint.history().subList(0, firstRound.size()));
            assertEquals(Optional.of("round 2: 仍不满意"), last(complaint).summary());
        }

        @Test
        void a_complainant_who_is_not_dissatisfied_cannot_appeal() {
            Complaint satisfied = Cases.closed(Satisfaction.BASICALLY_SATISFIED);
            assertRefused("notDissatisfied", satisfied, () -> satisfied.aftercare().appeal("想再查", RECEPTION, APPEALED_AT, DEADLINES));
            Complaint skipped = Cases.builder().anonymous().awaitingFeedback();
            skipped.handling().skipFeedback("匿名", RECEPTION, FED_BACK_AT);
            assertRefused("notDissatisfied", skipped, () -> skipped.aftercare().appeal("想再查", RECEPTION, APPEALED_AT, DEADLINES));
            assertEquals(0, satisfied.aftercare().appealRound().number());
        }

        @Test
        void an_appeal_needs_a_reason() {
            Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);
            assertRefused("required", complaint, () -> complaint.aftercare().appeal(" ", RECEPTION, APPEALED_AT, DEADLINES));
            assertEquals(0, complaint.aftercare().appealRound().number());
            assertTrue(complaint.investigation().finding().isPresent());
        }

        @Test
        void only_a_closed_case_is_appealed() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("state", complaint, () -> complaint.aftercare().appeal("不满意", RECEPTION, APPEALED_AT, DEADLINES));
            Complaint onSpot = Cases.resolvedOnSpot();
            onSpot.aftercare().rate(Satisfaction.DISSATISFIED, CITIZEN, LATER);
            assertRefused("state", onSpot, () -> onSpot.aftercare().appeal("不满意", CITIZEN, LATER, DEADLINES));
        }

        @Test
        void a_handler_may_not_appeal() {
            Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);
            assertRefused("role", complaint, () -> complaint.aftercare().appeal("不满意", HANDLER, APPEALED_AT, DEADLINES));
        }
    }

    // ================================================================== archive and reopen

    @Nested
    class Archive {

        @Test
        void a_supervisor_archives_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);

            complaint.aftercare().archive(SUPERVISOR, ARCHIVED_AT);

            assertEquals(ARCHIVED, complaint.status());
            assertEquals(Optional.of(ARCHIVED_AT), complaint.aftercare().archived().map(ArchiveMark::at));
            assertFalse(complaint.status().isOpen());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.ARCHIVED, CLOSED, ARCHIVED, SUPERVISOR, ARCHIVED_AT);
            assertTrue(entry.summary().isEmpty());
        }

        @Test
        void reception_archives_cases_finished_at_first_contact() {
            Complaint onSpot = Cases.resolvedOnSpot();
            onSpot.aftercare().archive(RECEPTION, LATER);
            assertRecorded(onSpot, HistoryAction.ARCHIVED, RESOLVED_ON_SPOT, ARCHIVED, RECEPTION, LATER);

            Complaint redirected = Cases.redirected();
            redirected.aftercare().archive(RECEPTION, LATER);
            assertRecorded(redirected, HistoryAction.ARCHIVED, REDIRECTED, ARCHIVED, RECEPTION, LATER);
        }

        @Test
        void reception_may_not_archive_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("role", complaint, () -> complaint.aftercare().archive(RECEPTION, LATER));
            assertTrue(complaint.aftercare().archived().map(ArchiveMark::at).isEmpty());
        }

        @Test
        void a_citizen_may_not_archive() {
            Complaint complaint = Cases.resolvedOnSpot();
            assertRefused("role", complaint, () -> complaint.aftercare().archive(CITIZEN, LATER));
        }

        @Test
        void an_open_case_is_not_archived() {
            Complaint complaint = Cases.investigating();
            TransitionRefused refused = assertRefused("state", complaint, () -> complaint.aftercare().archive(SUPERVISOR, LATER));
            assertEquals(List.of("archive", INVESTIGATING), refused.args());
        }

        @Test
        void an_archived_case_is_not_archived_again() {
            Complaint complaint = Cases.archived();
            assertRefused("archived", complaint, () -> complaint.aftercare().archive(SUPERVISOR, LATER));
            assertEquals(Optional.of(ARCHIVED_AT), complaint.aftercare().archived().map(ArchiveMark::at));
        }
    }

    @Nested
    class Reopen {

        @Test
        void a_supervisor_reopens_an_archived_case_to_the_status_it_had() {
            Complaint complaint = Cases.archived();

            complaint.aftercare().reopen(" 上级督查要求复查 ", SUPERVISOR, LATER);

            assertEquals(CLOSED, complaint.status());
            assertTrue(complaint.aftercare().archived().map(ArchiveMark::at).isEmpty());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.REOPENED, ARCHIVED, CLOSED, SUPERVISOR, LATER);
            assertEquals(Optional.of("上级督查要求复查"), entry.summary());
        }

        @Test
        void a_case_archived_after_an_on_the_spot_resolution_reopens_as_such() {
            Complaint complaint = Cases.resolvedOnSpot();
            complaint.aftercare().archive(RECEPTION, ARCHIVED_AT);
            complaint.aftercare().reopen("复查", SUPERVISOR, LATER);
            assertEquals(RESOLVED_ON_SPOT, complaint.status());
        }

        @Test
        void a_reopened_case_can_be_archived_again() {
            Complaint complaint = Cases.archived();
            complaint.aftercare().reopen("复查", SUPERVISOR, LATER);
            complaint.aftercare().archive(SUPERVISOR, LATER.plusSeconds(60));
            assertEquals(ARCHIVED, complaint.status());
            assertEquals(Optional.of(LATER.plusSeconds(60)), complaint.aftercare().archived().map(ArchiveMark::at));
        }

        @Test
        void reopening_needs_a_reason() {
            Complaint complaint = Cases.archived();
            assertRefused("required", complaint, () -> complaint.aftercare().reopen("  ", SUPERVISOR, LATER));
            assertRefused("required", complaint, () -> complaint.aftercare().reopen(null, SUPERVISOR, LATER));
            assertEquals(Optional.of(ARCHIVED_AT), complaint.aftercare().archived().map(ArchiveMark::at));
        }

        @Test
        void only_a_supervisor_reopens() {
            Complaint complaint = Cases.archived();
            assertRefused("role", complaint, () -> complaint.aftercare().reopen("复查", RECEPTION, LATER));
            assertRefused("role", complaint, () -> complaint.aftercare().reopen("复查", SYSTEM, LATER));
        }

        @Test
        void a_case_that_is_not_archived_is_not_reopened() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            TransitionRefused refused = assertRefused("state", complaint, () -> complaint.aftercare().reopen("复查", SUPERVISOR, LATER));
            assertEquals(List.of("reopen", CLOSED), refused.args());
        }

        @Test
        void a_supervisor_complained_about_may_not_reopen_the_case() {
            Complaint complaint = Cases.builder().about("liu.yang").archived();
            assertRefused("recusal", complaint, () -> complaint.aftercare().reopen("复查", OTHER_SUPERVISOR, LATER));
        }
    }

    // ================================================================== escalation

    @Nested
    class Supervise {

        @Test
        void a_supervisor_puts_an_open_case_under_supervision() {
            Complaint complaint = Cases.investigating();

            complaint.oversight().supervise(" 超期未反馈 ", SUPERVISOR, LATER);

            assertTrue(complaint.oversight().supervision().isOn());
            assertEquals(Optional.of("超期未反馈"), complaint.oversight().supervision().reason());
            assertEquals(INVESTIGATING, complaint.status());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.SUPERVISED, INVESTIGATING, INVESTIGATING, SUPERVISOR, LATER);
            assertEquals(Optional.of("超期未反馈"), entry.summary());
        }

        @Test
        void an_escalation_rule_may_supervise_a_case() {
            Complaint complaint = Cases.assigned();
            complaint.oversight().supervise("签收超时", SYSTEM, LATER);
            assertTrue(complaint.oversight().supervision().isOn());
            assertRecorded(complaint, HistoryAction.SUPERVISED, ASSIGNED, ASSIGNED, SYSTEM, LATER);
        }

        @Test
        void supervision_needs_a_reason() {
            Complaint complaint = Cases.investigating();
            assertRefused("required", complaint, () -> complaint.oversight().supervise("", SUPERVISOR, LATER));
        }

        @Test
        void a_supervision_refused_for_want_of_a_reason_leaves_the_case_unsupervised() {
            Complaint complaint = Cases.investigating();
            assertThrows(TransitionRefused.class, () -> complaint.oversight().supervise(" ", SUPERVISOR, LATER));
            assertFalse(complaint.oversight().supervision().isOn());
        }

        @Test
        void a_finished_case_is_not_supervised() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.oversight().supervise("督办", SUPERVISOR, LATER));
            assertFalse(complaint.oversight().supervision().isOn());
        }

        @Test
        void a_handler_may_not_supervise() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.oversight().supervise("督办", HANDLER, LATER));
            assertFalse(complaint.oversight().supervision().isOn());
        }
    }

    @Nested
    class RaiseUrgency {

        @Test
        void raising_the_urgency_before_the_first_response_shortens_its_deadline() {
            Complaint complaint = Cases.registered();

            complaint.oversight().raiseUrgency(Urgency.URGENT, "涉及老年人权益", SUPERVISOR, LATER, DEADLINES);

            assertEquals(Urgency.URGENT, complaint.urgency());
            assertEquals(Optional.of(ACK_DUE_URGENT), complaint.deadlines().due(Stage.ACKNOWLEDGE));
            assertEquals(Optional.of(ACK_DUE_URGENT), complaint.deadlines().current());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.URGENCY_RAISED, REGISTERED, REGISTERED, SUPERVISOR, LATER);
            assertEquals(Optional.of("NORMAL → URGENT: 涉及老年人权益"), entry.summary());
        }

        @Test
        void a_rule_may_raise_the_urgency_and_a_running_later_stage_keeps_its_deadline() {
            Complaint complaint = Cases.investigating();

            complaint.oversight().raiseUrgency(Urgency.EMERGENCY, "舆情发酵", SYSTEM, LATER, DEADLINES);

            assertEquals(Urgency.EMERGENCY, complaint.urgency());
            assertEquals(Optional.of(HANDLE_DUE), complaint.deadlines().current());
            assertTrue(complaint.handling().planNeedsApproval());
            assertRecorded(complaint, HistoryAction.URGENCY_RAISED, INVESTIGATING, INVESTIGATING, SYSTEM, LATER);
        }

        @Test
        void the_urgency_is_only_ever_raised() {
            Complaint complaint = Cases.triaged(Urgency.URGENT);
            TransitionRefused same = assertRefused("urgencyNotHigher", complaint,
                    () -> complaint.oversight().raiseUrgency(Urgency.URGENT, "x", SUPERVISOR, LATER, DEADLINES));
            assertEquals(List.of(Urgency.URGENT), same.args());
            assertRefused("urgencyNotHigher", complaint,
                    () -> complaint.oversight().raiseUrgency(Urgency.NORMAL, "x", SUPERVISOR, LATER, DEADLINES));
            assertRefused("urgencyNotHigher", complaint,
                    () -> complaint.oversight().raiseUrgency(null, "x", SUPERVISOR, LATER, DEADLINES));
            assertEquals(Urgency.URGENT, complaint.urgency());
        }

        @Test
        void raising_needs_a_reason() {
            Complaint complaint = Cases.registered();
            assertRefused("required", complaint,
                    () -> complaint.oversight().raiseUrgency(Urgency.URGENT, " ", SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void a_raise_refused_for_want_of_a_reason_changes_nothing() {
            Complaint complaint = Cases.registered();
            assertThrows(TransitionRefused.class,
                    () -> complaint.oversight().raiseUrgency(Urgency.EMERGENCY, " ", SUPERVISOR, LATER, DEADLINES));
            assertEquals(Urgency.NORMAL, complaint.urgency());
            assertEquals(Optional.of(ACK_DUE_NORMAL), complaint.deadlines().current());
        }

        @Test
        void raising_the_urgency_of_an_appealed_case_counts_from_the_appeal() {
            Complaint complaint = Cases.appealed();
            complaint.oversight().raiseUrgency(Urgency.URGENT, "舆情", SUPERVISOR, APPEALED_AT, DEADLINES);
            assertEquals(Optional.of(APPEALED_AT.plus(Duration.ofHours(4))), complaint.deadlines().current());
        }

        @Test
        void a_finished_case_keeps_its_urgency() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.oversight().raiseUrgency(Urgency.URGENT, "x", SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void reception_may_not_raise_the_urgency() {
            Complaint complaint = Cases.registered();
            assertRefused("role", complaint, () -> complaint.oversight().raiseUrgency(Urgency.URGENT, "x", RECEPTION, LATER, DEADLINES));
        }
    }
}
