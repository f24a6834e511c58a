package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.CATEGORY;
import static org.servicehall.domain.model.complaint.Cases.CITIZEN;
import static org.servicehall.domain.model.complaint.Cases.COMPLETED_AT;
import static org.servicehall.domain.model.complaint.Cases.FED_BACK_AT;
import static org.servicehall.domain.model.complaint.Cases.FINDING;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.ORDINARY;
import static org.servicehall.domain.model.complaint.Cases.PLAN;
import static org.servicehall.domain.model.complaint.Cases.REAL_ESTATE;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.SECOND_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.TAX_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.ZHOU_JIE;
import static org.servicehall.domain.model.complaint.Cases.satisfied;
import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_FEEDBACK;
import static org.servicehall.domain.model.complaint.ComplaintStatus.CLOSED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.DECIDED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.IMPLEMENTING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RESOLVED_ON_SPOT;
import static org.servicehall.domain.model.complaint.Fixtures.DEADLINES;
import static org.servicehall.domain.model.complaint.Fixtures.FEEDBACK_DUE;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRecorded;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 4 of {@link Complaint}: the handling plan and its approval, the measures carried out,
 * the feedback to the complainant and their rating.
 */
class HandleAndFeedBackTest {

    // ================================================================== handling plan

    @Nested
    class ProposePlan {

        @Test
        void the_plan_of_a_normal_complaint_is_carried_out_at_once() {
            Complaint complaint = Cases.decided();
            assertFalse(complaint.handling().planNeedsApproval());

            complaint.handling().proposePlan(PLAN, HANDLER, Cases.PLANNED_AT);

            assertEquals(IMPLEMENTING, complaint.status());
            HandlingPlan plan = complaint.handling().plan().orElseThrow();
            assertEquals("当面道歉，重新受理材料", plan.measures());
            assertEquals("孙丽", plan.responsible());
            assertEquals(LocalDate.of(2026, 12, 4), plan.dueOn());
            assertFalse(plan.approvalRequired());
            assertEquals(Cases.PLANNED_AT, plan.proposedAt());
            assertEquals("sun.li", plan.proposedBy());
            assertTrue(plan.approvedAt().isEmpty());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.PLAN_PROPOSED, DECIDED, IMPLEMENTING, HANDLER, Cases.PLANNED_AT);
            assertEquals(Optional.of("当面道歉，重新受理材料 — 孙丽, 2026-12-04"), entry.summary());
        }

        @Test
        void the_plan_of_an_urgent_emergency_or_major_complaint_waits_for_approval() {
            List<Complaint> cases = List.of(
                    Cases.builder().urgency(Urgency.URGENT).decided(),
                    Cases.builder().urgency(Urgency.EMERGENCY).decided(),
                    Cases.builder().major().decided());
            for (Complaint complaint : cases) {
                assertTrue(complaint.handling().planNeedsApproval());

                complaint.handling().proposePlan(PLAN, HANDLER, Cases.PLANNED_AT);

                assertEquals(AWAITING_APPROVAL, complaint.status(), complaint.urgency().name());
                assertTrue(complaint.handling().plan().orElseThrow().approvalRequired());
                assertRecorded(complaint, HistoryAction.PLAN_PROPOSED, DECIDED, AWAITING_APPROVAL, HANDLER, Cases.PLANNED_AT);
            }
        }

        @Test
        void a_plan_needs_measures_a_responsible_person_and_a_date() {
            assertEquals(List.of("measures"), assertThrows(TransitionRefused.class,
                    () -> new HandlingPlan(" ", "孙丽", LocalDate.of(2026, 12, 4))).args());
            assertEquals(List.of("responsible"), assertThrows(TransitionRefused.class,
                    () -> new HandlingPlan("道歉", null, LocalDate.of(2026, 12, 4))).args());
            assertEquals(List.of("dueOn"), assertThrows(TransitionRefused.class,
                    () -> new HandlingPlan("道歉", "孙丽", null)).args());
        }

        @Test
        void only_the_assigned_department_proposes_the_plan() {
            Complaint complaint = Cases.decided();
            assertRefused("notDepartment", complaint, () -> complaint.handling().proposePlan(PLAN, TAX_HANDLER, LATER));
            assertTrue(complaint.handling().plan().isEmpty());
        }

        @Test
        void a_plan_is_proposed_only_once_the_facts_are_decided() {
            Complaint complaint = Cases.investigating();
            assertRefused("state", complaint, () -> complaint.handling().proposePlan(PLAN, HANDLER, LATER));
        }

        @Test
        void reception_may_not_propose_a_plan() {
            Complaint complaint = Cases.decided();
            assertRefused("role", complaint, () -> complaint.handling().proposePlan(PLAN, RECEPTION, LATER));
        }
    }

    @Nested
    class ApprovePlan {

        @Test
        void the_supervisor_approves_the_plan_and_it_is_carried_out() {
            Complaint complaint = Cases.awaitingApproval();

            complaint.handling().approvePlan(SUPERVISOR, Cases.APPROVED_AT);

            assertEquals(IMPLEMENTING, complaint.status());
            assertEquals(Optional.of(Cases.APPROVED_AT), complaint.handling().plan().orElseThrow().approvedAt());
            assertEquals(Optional.of("zhao.min"), complaint.handling().plan().orElseThrow().approvedBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.PLAN_APPROVED, AWAITING_APPROVAL, IMPLEMENTING,
                    SUPERVISOR, Cases.APPROVED_AT);
            assertTrue(entry.summary().isEmpty());
        }

        @Test
        void a_handler_may_not_approve_a_plan() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("role", complaint, () -> complaint.handling().approvePlan(HANDLER, LATER));
            assertTrue(complaint.handling().plan().orElseThrow().approvedAt().isEmpty());
        }

        @Test
        void a_plan_carried_out_at_once_is_not_approved() {
            Complaint complaint = Cases.implementing();
            assertRefused("state", complaint, () -> complaint.handling().approvePlan(SUPERVISOR, LATER));
        }
    }

    @Nested
    class SendPlanBack {

        @Test
        void the_supervisor_sends_the_plan_back_with_a_reason() {
            Complaint complaint = Cases.awaitingApproval();

            complaint.handling().sendPlanBack("措施不足，需追究责任", SUPERVISOR, LATER);

            assertEquals(DECIDED, complaint.status());
            assertEquals(Optional.of("措施不足，需追究责任"), complaint.handling().planSentBackReason());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.PLAN_SENT_BACK, AWAITING_APPROVAL, DECIDED, SUPERVISOR, LATER);
            assertEquals(Optional.of("措施不足，需追究责任"), entry.summary());
        }

        @Test
        void a_new_proposal_clears_the_reason_it_was_sent_back_for() {
            Complaint complaint = Cases.awaitingApproval();
            complaint.handling().sendPlanBack("措施不足", SUPERVISOR, LATER);
            HandlingPlan better = new HandlingPlan("道歉并给予批评教育", "孙丽", LocalDate.of(2026, 12, 9));

            complaint.handling().proposePlan(better, HANDLER, LATER.plusSeconds(3600));

            assertEquals(AWAITING_APPROVAL, complaint.status());
            assertTrue(complaint.handling().planSentBackReason().isEmpty());
            assertEquals("道歉并给予批评教育", complaint.handling().plan().orElseThrow().measures());
        }

        @Test
        void sending_back_needs_a_reason() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("required", complaint, () -> complaint.handling().sendPlanBack(" ", SUPERVISOR, LATER));
        }

        @Test
        void a_handler_may_not_send_a_plan_back() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("role", complaint, () -> complaint.handling().sendPlanBack("不行", HANDLER, LATER));
        }

        @Test
        void a_plan_not_awaiting_approval_is_not_sent_back() {
            Complaint complaint = Cases.implementing();
            assertRefused("state", complaint, () -> complaint.handling().sendPlanBack("不行", SUPERVISOR, LATER));
        }
    }

    // ================================================================== measures and completion

    @Nested
    class RecordMeasure {

        @Test
        void the_handler_records_a_measure_carried_out() {
            Complaint complaint = Cases.implementing();

            Measure measure = complaint.handling().recordMeasure(Measure.Kind.BUSINESS_REDONE, " 重新受理并当日办结 ", HANDLER, Cases.MEASURED_AT);

            assertEquals(List.of(measure), complaint.handling().measures());
            assertEquals(Measure.Kind.BUSINESS_REDONE, measure.kind());
            assertEquals("重新受理并当日办结", measure.details());
            assertEquals(Cases.MEASURED_AT, measure.doneAt());
            assertEquals("sun.li", measure.doneBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.MEASURE_RECORDED, IMPLEMENTING, IMPLEMENTING,
                    HANDLER, Cases.MEASURED_AT);
            assertEquals(Optional.of("BUSINESS_REDONE: 重新受理并当日办结"), entry.summary());
        }

        @Test
        void a_measure_needs_a_kind_and_details() {
            Complaint complaint = Cases.implementing();
            assertRefused("required", complaint, () -> complaint.handling().recordMeasure(null, "x", HANDLER, LATER));
            assertRefused("required", complaint, () -> complaint.handling().recordMeasure(Measure.Kind.OTHER, null, HANDLER, LATER));
        }

        @Test
        void only_the_assigned_department_records_measures() {
            Complaint complaint = Cases.implementing();
            assertRefused("notDepartment", complaint, () -> complaint.handling().recordMeasure(Measure.Kind.APOLOGY,
                    "x", TAX_HANDLER, LATER));
            assertTrue(complaint.handling().measures().isEmpty());
        }

        @Test
        void measures_are_not_recorded_before_the_plan_is_carried_out() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("state", complaint, () -> complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "x", HANDLER, LATER));
        }

        @Test
        void reception_may_not_record_measures() {
            Complaint complaint = Cases.implementing();
            assertRefused("role", complaint, () -> complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "x", RECEPTION, LATER));
        }
    }

    @Nested
    class CompleteHandling {

        @Test
        void completing_the_handling_starts_the_feedback_clock() {
            Complaint complaint = Cases.implementing();
            complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "当面道歉", HANDLER, Cases.MEASURED_AT);

            complaint.handling().completeHandling(HANDLER, COMPLETED_AT, DEADLINES);

            assertEquals(AWAITING_FEEDBACK, complaint.status());
            assertEquals(Optional.of(COMPLETED_AT), complaint.deadlines().done(Stage.HANDLE));
            assertEquals(Optional.of(FEEDBACK_DUE), complaint.deadlines().due(Stage.FEEDBACK));
            assertEquals(Optional.of(Stage.FEEDBACK), complaint.deadlines().currentStage());
            assertEquals(Optional.of(FEEDBACK_DUE), complaint.deadlines().current());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.HANDLING_COMPLETED, IMPLEMENTING, AWAITING_FEEDBACK,
                    HANDLER, COMPLETED_AT);
            assertEquals(Optional.of("1 measure(s)"), entry.summary());
        }

        @Test
        void handling_is_not_complete_without_a_measure() {
            Complaint complaint = Cases.implementing();
            assertRefused("noMeasures", complaint, () -> complaint.handling().completeHandling(HANDLER, COMPLETED_AT, DEADLINES));
            assertTrue(complaint.deadlines().done(Stage.HANDLE).isEmpty());
        }

        @Test
        void an_appeal_round_needs_a_measure_of_its_own() {
            Complaint complaint = Cases.appealed();
            complaint.triage().triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);
            complaint.investigation().assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, LATER, DEADLINES);
            complaint.investigation().signFor(SECOND_HANDLER, LATER);
            complaint.investigation().recordFinding(FINDING, SECOND_HANDLER, LATER);
            complaint.handling().proposePlan(PLAN, SECOND_HANDLER, LATER);

            assertRefused("noMeasures", complaint, () -> complaint.handling().completeHandling(SECOND_HANDLER, LATER, DEADLINES));
        }

        @Test
        void only_the_assigned_department_completes_the_handling() {
            Complaint complaint = Cases.implementing();
            complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "当面道歉", HANDLER, Cases.MEASURED_AT);
            assertRefused("notDepartment", complaint, () -> complaint.handling().completeHandling(TAX_HANDLER, COMPLETED_AT, DEADLINES));
        }

        @Test
        void a_decided_case_is_not_completed() {
            Complaint complaint = Cases.decided();
            assertRefused("state", complaint, () -> complaint.handling().completeHandling(HANDLER, COMPLETED_AT, DEADLINES));
        }

        @Test
        void reception_may_not_complete_the_handling() {
            Complaint complaint = Cases.implementing();
            complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "当面道歉", HANDLER, Cases.MEASURED_AT);
            assertRefused("role", complaint, () -> complaint.handling().completeHandling(RECEPTION, COMPLETED_AT, DEADLINES));
        }
    }

    // ================================================================== feedback and rating

    @Nested
    class RecordFeedback {

        @Test
        void feedback_to_the_complainant_closes_the_case_and_stops_the_clock() {
            Complaint complaint = Cases.awaitingFeedback();
            Feedback given = satisfied();

            complaint.handling().recordFeedback(given, RECEPTION, FED_BACK_AT);

            assertEquals(CLOSED, complaint.status());
            Feedback feedback = complaint.handling().feedback().orElseThrow();
            assertEquals(Optional.of(Feedback.Method.PHONE), feedback.method());
            assertEquals("投诉部分属实，已道歉并重新受理", feedback.content());
            assertEquals(Optional.of("满意"), feedback.opinion());
            assertEquals(Optional.of(Satisfaction.SATISFIED), feedback.satisfaction());
            assertFalse(feedback.isSkipped());
            assertEquals(FED_BACK_AT, feedback.givenAt());
            assertEquals("wang.fang", feedback.givenBy());
            assertEquals(Optional.of(FED_BACK_AT), complaint.deadlines().done(Stage.FEEDBACK));
            assertTrue(complaint.deadlines().current().isEmpty());
            assertTrue(complaint.deadlines().currentStage().isEmpty());
            assertFalse(complaint.aftercare().isDissatisfied());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.FEEDBACK_GIVEN, AWAITING_FEEDBACK, CLOSED, RECEPTION, FED_BACK_AT);
            assertEquals(Optional.of("PHONE, SATISFIED"), entry.summary());
        }

        @Test
        void the_handler_of_the_department_may_give_the_feedback() {
            Complaint complaint = Cases.awaitingFeedback();
            complaint.handling().recordFeedback(satisfied(), HANDLER, FED_BACK_AT);
            assertEquals("sun.li", complaint.handling().feedback().orElseThrow().givenBy());
        }

        @Test
        void a_dissatisfied_complainant_must_have_been_told_the_appeal_route() {
            TransitionRefused refused = assertThrows(TransitionRefused.class, () -> Feedback.given(Feedback.Method.PHONE,
                    "结果", null, Satisfaction.VERY_DISSATISFIED, false));
            assertEquals("appealRouteNotExplained", refused.code());
            Feedback explained = Feedback.given(Feedback.Method.IN_PERSON, "结果", "不满意", Satisfaction.DISSATISFIED, true);
            assertTrue(explained.appealRouteExplained());
        }

        @Test
        void feedback_needs_a_method_a_content_and_a_satisfaction() {
            assertEquals(List.of("method"), assertThrows(TransitionRefused.class,
                    () -> Feedback.given(null, "结果", null, Satisfaction.SATISFIED, false)).args());
            assertEquals(List.of("satisfaction"), assertThrows(TransitionRefused.class,
                    () -> Feedback.given(Feedback.Method.SMS, "结果", null, null, false)).args());
            assertEquals(List.of("content"), assertThrows(TransitionRefused.class,
                    () -> Feedback.given(Feedback.Method.SMS, " ", null, Satisfaction.SATISFIED, false)).args());
        }

        @Test
        void a_dissatisfied_feedback_closes_the_case_as_dissatisfied() {
            Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);
            assertEquals(CLOSED, complaint.status());
            assertTrue(complaint.aftercare().isDissatisfied());
        }

        @Test
        void a_handler_of_another_department_may_not_give_feedback() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("notDepartment", complaint, () -> complaint.handling().recordFeedback(satisfied(), TAX_HANDLER, FED_BACK_AT));
            assertTrue(complaint.handling().feedback().isEmpty());
        }

        @Test
        void feedback_is_given_only_once_handling_is_complete() {
            Complaint complaint = Cases.implementing();
            assertRefused("state", complaint, () -> complaint.handling().recordFeedback(satisfied(), RECEPTION, FED_BACK_AT));
        }

        @Test
        void a_citizen_may_not_record_feedback() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("role", complaint, () -> complaint.handling().recordFeedback(satisfied(), CITIZEN, FED_BACK_AT));
        }
    }

    @Nested
    class SkipFeedback {

        @Test
        void a_complainant_who_cannot_be_reached_gets_no_feedback_and_the_case_closes() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();

            complaint.handling().skipFeedback("匿名投诉，无联系方式", RECEPTION, FED_BACK_AT);

            assertEquals(CLOSED, complaint.status());
            Feedback feedback = complaint.handling().feedback().orElseThrow();
            assertTrue(feedback.isSkipped());
            assertEquals("匿名投诉，无联系方式", feedback.content());
            assertTrue(feedback.method().isEmpty());
            assertTrue(feedback.satisfaction().isEmpty());
            assertEquals(FED_BACK_AT, feedback.givenAt());
            assertEquals("wang.fang", feedback.givenBy());
            assertEquals(Optional.of(FED_BACK_AT), complaint.deadlines().done(Stage.FEEDBACK));
            assertTrue(complaint.deadlines().current().isEmpty());
            assertFalse(complaint.aftercare().isDissatisfied());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.FEEDBACK_SKIPPED, AWAITING_FEEDBACK, CLOSED,
                    RECEPTION, FED_BACK_AT);
            assertEquals(Optional.of("匿名投诉，无联系方式"), entry.summary());
        }

        @Test
        void feedback_is_not_skipped_when_the_complainant_can_be_reached() {
            Complaint byPhone = Cases.awaitingFeedback();
            assertRefused("contactAvailable", byPhone, () -> byPhone.handling().skipFeedback("联系不上", RECEPTION, FED_BACK_AT));
            Complaint byLetter = Cases.builder().complainant(Complainant.named(null, null, "杭州市文三路100号")).awaitingFeedback();
            assertRefused("contactAvailable", byLetter, () -> byLetter.handling().skipFeedback("联系不上", RECEPTION, FED_BACK_AT));
        }

        @Test
        void skipping_needs_a_reason() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();
            assertRefused("required", complaint, () -> complaint.handling().skipFeedback("", RECEPTION, FED_BACK_AT));
        }

        @Test
        void feedback_is_skipped_only_once_handling_is_complete() {
            Complaint complaint = Cases.builder().anonymous().implementing();
            assertRefused("state", complaint, () -> complaint.handling().skipFeedback("匿名", RECEPTION, FED_BACK_AT));
        }

        @Test
        void a_citizen_may_not_skip_feedback() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();
            assertRefused("role", complaint, () -> complaint.handling().skipFeedback("匿名", CITIZEN, FED_BACK_AT));
        }

        @Test
        void a_handler_of_another_department_may_not_skip_feedback() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();
            assertRefused("notDepartment", complaint, () -> complaint.handling().skipFeedback("匿名", TAX_HANDLER, FED_BACK_AT));
        }
    }

    @Nested
    class Rate {

        @Test
        void the_complainant_rates_a_closed_case_at_a_kiosk() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);

            complaint.aftercare().rate(Satisfaction.VERY_SATISFIED, CITIZEN, LATER);

            assertEquals(CLOSED, complaint.status());
            assertEquals(Optional.of(Satisfaction.VERY_SATISFIED), complaint.aftercare().citizenRating());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.RATED, CLOSED, CLOSED, CITIZEN, LATER);
            assertEquals(Optional.of("VERY_SATISFIED"), entry.summary());
        }

        @Test
        void a_case_resolved_on_the_spot_can_be_rated() {
            Complaint complaint = Cases.resolvedOnSpot();
            complaint.aftercare().rate(Satisfaction.BASICALLY_SATISFIED, RECEPTION, LATER);
            assertEquals(Optional.of(Satisfaction.BASICALLY_SATISFIED), complaint.aftercare().citizenRating());
            assertRecorded(complaint, HistoryAction.RATED, RESOLVED_ON_SPOT, RESOLVED_ON_SPOT, RECEPTION, LATER);
        }

        @Test
        void a_later_rating_decides_whether_the_complainant_is_dissatisfied() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            complaint.aftercare().rate(Satisfaction.VERY_DISSATISFIED, CITIZEN, LATER);
            assertTrue(complaint.aftercare().isDissatisfied());

            Complaint other = Cases.closed(Satisfaction.DISSATISFIED);
            other.aftercare().rate(Satisfaction.SATISFIED, CITIZEN, LATER);
            assertFalse(other.aftercare().isDissatisfied());
        }

        @Test
        void a_rating_needs_a_level() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            TransitionRefused refused = assertRefused("required", complaint, () -> complaint.aftercare().rate(null, CITIZEN, LATER));
            assertEquals(List.of("satisfaction"), refused.args());
        }

        @Test
        void an_open_case_is_not_rated() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("state", complaint, () -> complaint.aftercare().rate(Satisfaction.SATISFIED, CITIZEN, LATER));
            Complaint redirected = Cases.redirected();
            assertRefused("state", redirected, () -> redirected.aftercare().rate(Satisfaction.SATISFIED, CITIZEN, LATER));
        }

        @Test
        void a_handler_may_not_rate() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("role", complaint, () -> complaint.aftercare().rate(Satisfaction.VERY_SATISFIED, HANDLER, LATER));
            assertTrue(complaint.aftercare().citizenRating().isEmpty());
        }
    }
}
