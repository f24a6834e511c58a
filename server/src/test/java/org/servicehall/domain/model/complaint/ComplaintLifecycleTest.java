package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.ACCEPTED_AT;
import static org.servicehall.domain.model.complaint.Cases.ARCHIVED_AT;
import static org.servicehall.domain.model.complaint.Cases.CATEGORY;
import static org.servicehall.domain.model.complaint.Cases.CITIZEN;
import static org.servicehall.domain.model.complaint.Cases.COMPLAINED_ABOUT;
import static org.servicehall.domain.model.complaint.Cases.COMPLETED_AT;
import static org.servicehall.domain.model.complaint.Cases.FED_BACK_AT;
import static org.servicehall.domain.model.complaint.Cases.FINDING;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.HOUSING_BUREAU;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.ORDINARY;
import static org.servicehall.domain.model.complaint.Cases.OTHER_RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.OTHER_SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.PHOTO;
import static org.servicehall.domain.model.complaint.Cases.PLAN;
import static org.servicehall.domain.model.complaint.Cases.REAL_ESTATE;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION_NAME;
import static org.servicehall.domain.model.complaint.Cases.SCOPE;
import static org.servicehall.domain.model.complaint.Cases.SECOND_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.SIGNED_FOR_AT;
import static org.servicehall.domain.model.complaint.Cases.SUN_LI;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.ZHOU_JIE;
import static org.servicehall.domain.model.complaint.Cases.satisfied;
import static org.servicehall.domain.model.complaint.ComplaintStatus.APPEALED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ARCHIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ASSIGNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_FEEDBACK;
import static org.servicehall.domain.model.complaint.ComplaintStatus.CLOSED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.DECIDED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.IMPLEMENTING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.INVESTIGATING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RECEIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REDIRECTED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REGISTERED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RESOLVED_ON_SPOT;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RETURNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.TRIAGED;
import static org.servicehall.domain.model.complaint.Fixtures.DEADLINES;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRefused;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.Actor.Role;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * What holds for every named transition of {@link Complaint}: recusal, the history each appends,
 * and which states refuse it; and the standard case run from receipt to archive.
 */
class ComplaintLifecycleTest {

    // ================================================================== recusal

    @Nested
    class Recusal {

        @Test
        void a_complaint_is_about_the_staff_member_named_in_its_registration() {
            Complaint complaint = Cases.registered();
            assertTrue(complaint.isAbout("zhang.wei"));
            assertFalse(complaint.isAbout("sun.li"));
            assertFalse(complaint.isAbout(null));
            assertFalse(Cases.builder().about(null).registered().isAbout("zhang.wei"));
        }

        @Test
        void the_staff_member_complained_about_may_not_act_on_the_case_even_in_their_department() {
            Complaint assigned = Cases.assigned();
            TransitionRefused refused = assertRefused("recusal", assigned,
                    () -> assigned.investigation().signFor(COMPLAINED_ABOUT, SIGNED_FOR_AT));
            assertEquals(List.of("zhang.wei"), refused.args());
            assertRefused("recusal", assigned, () -> assigned.investigation().returnAssignment("回避", COMPLAINED_ABOUT, SIGNED_FOR_AT));

            Complaint investigating = Cases.investigating();
            assertRefused("recusal", investigating,
                    () -> investigating.investigation().addNote(InvestigationNote.Kind.OTHER, "我没有", COMPLAINED_ABOUT, LATER));
            assertRefused("recusal", investigating, () -> investigating.investigation().recordFinding(
                    new Finding(Finding.Outcome.NOT_SUBSTANTIATED, null, Finding.Cause.OBJECTIVE_FACTOR, null, "本人陈述"),
                    COMPLAINED_ABOUT, LATER));
            assertRefused("recusal", investigating, () -> investigating.investigation().addEvidence(PHOTO, null, COMPLAINED_ABOUT, LATER));
        }

        @Test
        void a_supervisor_complained_about_may_not_triage_assign_or_close_the_case() {
            Actor accused = OTHER_SUPERVISOR;
            Complaint registered = Cases.builder().about("liu.yang").registered();
            assertRefused("recusal", registered,
                    () -> registered.triage().triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, accused, LATER, DEADLINES));
            Complaint triaged = Cases.builder().about("liu.yang").triaged();
            assertRefused("recusal", triaged,
                    () -> triaged.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, accused, LATER, DEADLINES));
            Complaint closed = Cases.builder().about("liu.yang").closed(Satisfaction.SATISFIED);
            assertRefused("recusal", closed, () -> closed.aftercare().archive(accused, LATER));
            assertRefused("recusal", closed, () -> closed.aftercare().rate(Satisfaction.VERY_DISSATISFIED, accused, LATER));
        }

        @Test
        void a_clerk_complained_about_may_not_give_the_feedback_or_add_evidence() {
            Complaint complaint = Cases.builder().about("li.na").awaitingFeedback();
            assertRefused("recusal", complaint, () -> complaint.handling().recordFeedback(satisfied(), OTHER_RECEPTION, FED_BACK_AT));
            assertRefused("recusal", complaint, () -> complaint.investigation().addEvidence(PHOTO, null, OTHER_RECEPTION, LATER));
            assertRefused("recusal", complaint, () -> complaint.triage().decideDuplicate(1L, true, OTHER_RECEPTION, LATER));
        }

        @Test
        void a_clerk_complained_about_may_not_correct_the_registration() {
            Complaint complaint = Cases.builder().about("li.na").registered();
            assertRefused("recusal", complaint,
                    () -> complaint.reception().updateRegistration(Registration.empty(), null, OTHER_RECEPTION, LATER));
            assertTrue(complaint.isAbout("li.na"));
        }

        @Test
        void a_clerk_may_not_accept_a_complaint_that_names_them() {
            Complaint complaint = Cases.received();
            assertRefused("recusal", complaint,
                    () -> complaint.reception().accept(Cases.registrationAbout("wang.fang"), null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT));
        }
    }

    // ================================================================== history

    @Nested
    class History {

        private Complaint aLongLife() {
            Complaint complaint = Cases.appealed();
            Instant t = LATER;
            complaint.triage().triage(CATEGORY, null, Urgency.URGENT, ORDINARY, SUPERVISOR, t, DEADLINES);
            complaint.oversight().supervise("申诉案件", SUPERVISOR, t);
            complaint.investigation().assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, t, DEADLINES);
            complaint.investigation().signFor(SECOND_HANDLER, t);
            complaint.investigation().addNote(InvestigationNote.Kind.INTERVIEW, "询问当事人", SECOND_HANDLER, t);
            complaint.investigation().recordFinding(FINDING, SECOND_HANDLER, t);
            complaint.handling().proposePlan(PLAN, SECOND_HANDLER, t);
            complaint.handling().sendPlanBack("不足", SUPERVISOR, t);
            complaint.handling().proposePlan(PLAN, SECOND_HANDLER, t);
            complaint.handling().approvePlan(SUPERVISOR, t);
            complaint.handling().recordMeasure(Measure.Kind.STAFF_DISCIPLINED, "通报批评", SECOND_HANDLER, t);
            complaint.handling().completeHandling(SECOND_HANDLER, t, DEADLINES);
            complaint.handling().recordFeedback(satisfied(), RECEPTION, t);
            complaint.aftercare().rate(Satisfaction.VERY_SATISFIED, CITIZEN, t);
            complaint.aftercare().archive(SUPERVISOR, t);
            complaint.aftercare().reopen("复查", SUPERVISOR, t);
            complaint.aftercare().archive(SUPERVISOR, t);
            return complaint;
        }

        @Test
        void every_entry_is_numbered_one_to_n_without_gaps() {
            List<HistoryEntry> history = aLongLife().history();
            assertEquals(28, history.size());
            for (int i = 0; i < history.size(); i++) {
                assertEquals(i + 1, history.get(i).sequence());
            }
        }

        @Test
        void each_entry_starts_from_the_status_the_previous_one_ended_in() {
            List<HistoryEntry> history = aLongLife().history();
            assertTrue(history.get(0).fromStatus().isEmpty());
            for (int i = 1; i < history.size(); i++) {
                assertEquals(Optional.of(history.get(i - 1).toStatus()), history.get(i).fromStatus(), "entry " + (i + 1));
                assertNotNull(history.get(i).occurredAt());
            }
        }

        @Test
        void the_actions_tell_the_whole_story_in_order() {
            List<HistoryAction> actions = aLongLife().history().stream().map(HistoryEntry::action).toList();
            assertEquals(List.of(
                    HistoryAction.FILED, HistoryAction.ACCEPTED, HistoryAction.TRIAGED, HistoryAction.ASSIGNED,
                    HistoryAction.SIGNED_FOR, HistoryAction.FINDING_RECORDED, HistoryAction.PLAN_PROPOSED,
                    HistoryAction.MEASURE_RECORDED, HistoryAction.HANDLING_COMPLETED, HistoryAction.FEEDBACK_GIVEN,
                    HistoryAction.APPEALED, HistoryAction.TRIAGED, HistoryAction.SUPERVISED, HistoryAction.ASSIGNED,
                    HistoryAction.SIGNED_FOR, HistoryAction.NOTE_ADDED, HistoryAction.FINDING_RECORDED,
                    HistoryAction.PLAN_PROPOSED, HistoryAction.PLAN_SENT_BACK, HistoryAction.PLAN_PROPOSED,
                    HistoryAction.PLAN_APPROVED, HistoryAction.MEASURE_RECORDED, HistoryAction.HANDLING_COMPLETED,
                    HistoryAction.FEEDBACK_GIVEN, HistoryAction.RATED, HistoryAction.ARCHIVED, HistoryAction.REOPENED,
                    HistoryAction.ARCHIVED), actions);
        }

        @Test
        void entries_are_never_removed_or_replaced() {
            Complaint complaint = Cases.investigating();
            List<HistoryEntry> before = new ArrayList<>(complaint.history());

            complaint.investigation().recordFinding(FINDING, HANDLER, LATER);
            complaint.handling().proposePlan(PLAN, HANDLER, LATER);

            List<HistoryEntry> after = complaint.history();
            assertEquals(before.size() + 2, after.size());
            for (int i = 0; i < before.size(); i++) {
                assertSame(before.get(i), after.get(i));
            }
        }

        @Test
        void the_history_cannot_be_changed_through_its_view() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            List<HistoryEntry> history = complaint.history();
            int size = history.size();
            assertThrows(UnsupportedOperationException.class, () -> history.remove(0));
            assertThrows(UnsupportedOperationException.class, () -> history.set(0, history.get(1)));
            assertThrows(UnsupportedOperationException.class, history::clear);
            assertThrows(UnsupportedOperationException.class, () -> history.removeIf(e -> true));
            assertEquals(size, complaint.history().size());
        }

        @Test
        void the_case_file_lists_cannot_be_changed_through_their_views() {
            Complaint complaint = Cases.awaitingFeedback();
            assertThrows(UnsupportedOperationException.class, () -> complaint.handling().measures().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.investigation().notes().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.investigation().evidence().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.oversight().extensions().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.triage().duplicateFlags().clear());
            assertEquals(1, complaint.handling().measures().size());
        }

        @Test
        void the_history_view_follows_new_entries() {
            Complaint complaint = Cases.investigating();
            List<HistoryEntry> view = complaint.history();
            int size = view.size();
            complaint.investigation().addNote(InvestigationNote.Kind.OTHER, "x", HANDLER, LATER);
            assertEquals(size + 1, view.size());
        }
    }

    // ================================================================== every transition × every state

    /** A transition as a test applies it: done by a supervisor (every transition allows one) at LATER. */
    private record Transition(String name, Set<ComplaintStatus> allowedIn, Consumer<Complaint> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Set<ComplaintStatus> OPEN = ComplaintStatus.open();

    private static List<Transition> transitions() {
        Instant wanted = Instant.parse("2026-12-31T09:30:00Z");
        return List.of(
                new Transition("accept", EnumSet.of(RECEIVED),
                        c -> c.reception().accept(Registration.empty(), null, SUPERVISOR, "赵敏", LATER)),
                new Transition("updateRegistration", EnumSet.of(REGISTERED, TRIAGED, RETURNED),
                        c -> c.reception().updateRegistration(Cases.registrationAbout("zhang.wei"), null, SUPERVISOR, LATER)),
                new Transition("resolveOnSpot", EnumSet.of(RECEIVED),
                        c -> c.reception().resolveOnSpot("已处理", SUPERVISOR, "赵敏", LATER)),
                new Transition("redirect", EnumSet.of(RECEIVED),
                        c -> c.reception().redirect(new Referral(HOUSING_BUREAU, "不属于本中心"), SUPERVISOR, "赵敏", LATER)),
                new Transition("triage", EnumSet.of(REGISTERED, TRIAGED, RETURNED, APPEALED),
                        c -> c.triage().triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES)),
                new Transition("decideDuplicate", OPEN,
                        c -> c.triage().decideDuplicate(1L, true, SUPERVISOR, LATER)),
                new Transition("assign", EnumSet.of(TRIAGED, RETURNED, APPEALED),
                        c -> c.investigation().assign(REAL_ESTATE, ZHOU_JIE, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES)),
                new Transition("signFor", EnumSet.of(ASSIGNED),
                        c -> c.investigation().signFor(SUPERVISOR, LATER)),
                new Transition("returnAssignment", EnumSet.of(ASSIGNED),
                        c -> c.investigation().returnAssignment("不是本部门", SUPERVISOR, LATER)),
                new Transition("addNote", EnumSet.of(INVESTIGATING, DECIDED, AWAITING_APPROVAL, IMPLEMENTING),
                        c -> c.investigation().addNote(InvestigationNote.Kind.OTHER, "笔录", SUPERVISOR, LATER)),
                new Transition("addEvidence", OPEN,
                        c -> c.investigation().addEvidence(PHOTO, null, SUPERVISOR, LATER)),
                new Transition("recordFinding", EnumSet.of(INVESTIGATING),
                        c -> c.investigation().recordFinding(FINDING, SUPERVISOR, LATER)),
                new Transition("proposePlan", EnumSet.of(DECIDED),
                        c -> c.handling().proposePlan(PLAN, SUPERVISOR, LATER)),
                new Transition("approvePlan", EnumSet.of(AWAITING_APPROVAL),
                        c -> c.handling().approvePlan(SUPERVISOR, LATER)),
                new Transition("sendPlanBack", EnumSet.of(AWAITING_APPROVAL),
                        c -> c.handling().sendPlanBack("不足", SUPERVISOR, LATER)),
                new Transition("recordMeasure", EnumSet.of(IMPLEMENTING),
                        c -> c.handling().recordMeasure(Measure.Kind.APOLOGY, "道歉", SUPERVISOR, LATER)),
                new Transition("completeHandling", EnumSet.of(IMPLEMENTING),
                        c -> c.handling().completeHandling(SUPERVISOR, LATER, DEADLINES)),
                new Transition("requestExtension", ComplaintStatus.withDepartment(),
                        c -> c.oversight().requestExtension(wanted, "需要时间", SUPERVISOR, LATER)),
                new Transition("decideExtension", OPEN,
                        c -> c.oversight().decideExtension(1L, true, null, SUPERVISOR, LATER)),
                new Transition("recordFeedback", EnumSet.of(AWAITING_FEEDBACK),
                        c -> c.handling().recordFeedback(satisfied(), SUPERVISOR, LATER)),
                new Transition("skipFeedback", EnumSet.of(AWAITING_FEEDBACK),
                        c -> c.handling().skipFeedback("联系不上", SUPERVISOR, LATER)),
                new Transition("rate", EnumSet.of(CLOSED, RESOLVED_ON_SPOT),
                        c -> c.aftercare().rate(Satisfaction.SATISFIED, SUPERVISOR, LATER)),
                new Transition("appeal", EnumSet.of(CLOSED),
                        c -> c.aftercare().appeal("不满意", SUPERVISOR, LATER, DEADLINES)),
                new Transition("archive", EnumSet.of(CLOSED, RESOLVED_ON_SPOT, REDIRECTED),
                        c -> c.aftercare().archive(SUPERVISOR, LATER)),
                new Transition("reopen", EnumSet.of(ARCHIVED),
                        c -> c.aftercare().reopen("复查", SUPERVISOR, LATER)),
                new Transition("supervise", OPEN,
                        c -> c.oversight().supervise("督办", SUPERVISOR, LATER)),
                new Transition("raiseUrgency", OPEN,
                        c -> c.oversight().raiseUrgency(Urgency.EMERGENCY, "升级", SUPERVISOR, LATER, DEADLINES)));
    }

    static Stream<Arguments> everyTransitionInEveryStatus() {
        return transitions().stream().flatMap(transition -> Stream.of(ComplaintStatus.values())
                .map(status -> Arguments.of(transition, status)));
    }

    static Stream<Named<Consumer<Complaint>>> everyTransitionButReopen() {
        return transitions().stream().filter(t -> !t.name().equals("reopen")).map(t -> Named.of(t.name(), t.apply()));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTransitionInEveryStatus")
    void each_transition_is_refused_exactly_in_the_states_that_do_not_allow_it(Transition transition, ComplaintStatus status) {
        Complaint complaint = Cases.in(status);
        assertEquals(status, complaint.status());
        if (status == ARCHIVED && !transition.allowedIn().contains(ARCHIVED)) {
            assertRefused("archived", complaint, () -> transition.apply().accept(complaint));
        } else if (!transition.allowedIn().contains(status)) {
            assertRefused("state", complaint, () -> transition.apply().accept(complaint));
        } else {
            try {
                transition.apply().accept(complaint);
            } catch (TransitionRefused refused) {
                // a rule of the step itself may still refuse it (no such flag, not dissatisfied, ...):
                // only the refusals listed for this step, never the state or the role
                assertTrue(RULE_REFUSALS.getOrDefault(transition.name(), Set.of()).contains(refused.code()),
                        transition + " in " + status + " refused with " + refused.code() + ": " + refused.getMessage());
            }
        }
    }

    /**
     * The refusals a step's own rule gives the complaints {@link Cases#in} builds, in a state that
     * allows the step: what the test's one call cannot satisfy in every state.
     */
    private static final Map<String, Set<String>> RULE_REFUSALS = Map.of(
            "decideDuplicate", Set.of("unknownDuplicateFlag"), // no flag with the id the test asks for
            "decideExtension", Set.of("unknownExtension"), // nor an extension
            "completeHandling", Set.of("noMeasures"), // the implementing case has no measure yet
            "appeal", Set.of("notDissatisfied"), // the closed case's complainant was satisfied
            "skipFeedback", Set.of("contactAvailable")); // its complainant left a phone number

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTransitionButReopen")
    void an_archived_case_is_frozen_for_every_transition_but_reopen(Consumer<Complaint> transition) {
        Complaint complaint = Cases.archived();
        TransitionRefused refused = assertRefused("archived", complaint, () -> transition.accept(complaint));
        assertEquals(1, refused.args().size());
        assertEquals(Optional.of(ARCHIVED_AT), complaint.aftercare().archived().map(ArchiveMark::at));
        assertFalse(complaint.oversight().supervision().isOn());
        assertEquals(Urgency.NORMAL, complaint.urgency());
    }

    @Test
    void a_standard_case_runs_from_receipt_to_archive() {
        Complaint complaint = Cases.archived();
        assertEquals(ARCHIVED, complaint.status());
        assertEquals(COMPLETED_AT, complaint.deadlines().done(Stage.HANDLE).orElseThrow());
        assertEquals(List.of(HistoryAction.FILED, HistoryAction.ACCEPTED, HistoryAction.TRIAGED, HistoryAction.ASSIGNED,
                HistoryAction.SIGNED_FOR, HistoryAction.FINDING_RECORDED, HistoryAction.PLAN_PROPOSED,
                HistoryAction.MEASURE_RECORDED, HistoryAction.HANDLING_COMPLETED, HistoryAction.FEEDBACK_GIVEN,
                HistoryAction.ARCHIVED), complaint.history().stream().map(HistoryEntry::action).toList());
        assertEquals(Role.CITIZEN, complaint.history().get(0).actor().role());
    }
}
