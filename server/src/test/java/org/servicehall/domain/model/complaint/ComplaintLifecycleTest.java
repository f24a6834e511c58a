package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.servicehall.domain.model.complaint.Cases.ACCEPTED_AT;
import static org.servicehall.domain.model.complaint.Cases.APPEALED_AT;
import static org.servicehall.domain.model.complaint.Cases.ARCHIVED_AT;
import static org.servicehall.domain.model.complaint.Cases.ASSIGNED_AT;
import static org.servicehall.domain.model.complaint.Cases.CATEGORY;
import static org.servicehall.domain.model.complaint.Cases.CITIZEN;
import static org.servicehall.domain.model.complaint.Cases.COMPLAINANT;
import static org.servicehall.domain.model.complaint.Cases.COMPLAINED_ABOUT;
import static org.servicehall.domain.model.complaint.Cases.COMPLETED_AT;
import static org.servicehall.domain.model.complaint.Cases.DELAY;
import static org.servicehall.domain.model.complaint.Cases.FED_BACK_AT;
import static org.servicehall.domain.model.complaint.Cases.FINDING;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.HOUSING_BUREAU;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.MAJOR;
import static org.servicehall.domain.model.complaint.Cases.NUMBER;
import static org.servicehall.domain.model.complaint.Cases.ORDINARY;
import static org.servicehall.domain.model.complaint.Cases.OTHER_NUMBER;
import static org.servicehall.domain.model.complaint.Cases.OTHER_RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.OTHER_SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.PLAN;
import static org.servicehall.domain.model.complaint.Cases.QIAN_HAO;
import static org.servicehall.domain.model.complaint.Cases.REAL_ESTATE;
import static org.servicehall.domain.model.complaint.Cases.RECEIVED_AT;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION_NAME;
import static org.servicehall.domain.model.complaint.Cases.SCOPE;
import static org.servicehall.domain.model.complaint.Cases.SECOND_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.SERVICE_STEP;
import static org.servicehall.domain.model.complaint.Cases.SHA256;
import static org.servicehall.domain.model.complaint.Cases.SIGNED_FOR_AT;
import static org.servicehall.domain.model.complaint.Cases.STANDARDS;
import static org.servicehall.domain.model.complaint.Cases.SUN_LI;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.SYSTEM;
import static org.servicehall.domain.model.complaint.Cases.TAX;
import static org.servicehall.domain.model.complaint.Cases.TAX_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.ZHANG_WEI;
import static org.servicehall.domain.model.complaint.Cases.ZHOU_JIE;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.Actor.Role;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Every named transition of {@link Complaint}: what it does from a state and by a role that allow
 * it, the history entry it appends, and its refusals (state, role, archived and its own rules).
 */
class ComplaintLifecycleTest {

    // ------------------------------------------------------------------ the dates the standard case runs on (Mon–Fri calendar)

    /** 1 working day after Mon 2026-11-30, at 17:30 in Shanghai. */
    private static final Instant ACK_DUE_NORMAL = Instant.parse("2026-12-01T09:30:00Z");
    private static final Instant ACK_DUE_URGENT = RECEIVED_AT.plus(Duration.ofHours(4));
    private static final Instant ACK_DUE_EMERGENCY = RECEIVED_AT.plus(Duration.ofHours(1));
    /** 2 working days after the assignment on Mon 2026-11-30. */
    private static final Instant SIGN_FOR_DUE = Instant.parse("2026-12-02T09:30:00Z");
    /** 5 working days after the assignment on Mon 2026-11-30. */
    private static final Instant HANDLE_DUE = Instant.parse("2026-12-07T09:30:00Z");
    /** 2 working days after completion on Wed 2026-12-02. */
    private static final Instant FEEDBACK_DUE = Instant.parse("2026-12-04T09:30:00Z");

    private static final Evidence.StoredFile PHOTO =
            new Evidence.StoredFile("window3.jpg", "image/jpeg", 48_213L, SHA256, "evidence/2026/11/30/abc");

    // ------------------------------------------------------------------ helpers

    private static HistoryEntry last(Complaint complaint) {
        List<HistoryEntry> history = complaint.history();
        return history.get(history.size() - 1);
    }

    /** The last entry records this action, from/to, by this actor (id, role, terminal), at this time. */
    private static HistoryEntry assertRecorded(Complaint complaint, HistoryAction action, ComplaintStatus from,
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
    private static TransitionRefused assertRefused(String code, Complaint complaint, Executable action) {
        ComplaintStatus before = complaint.status();
        List<HistoryEntry> history = List.copyOf(complaint.history());
        TransitionRefused refused = assertThrows(TransitionRefused.class, action);
        assertEquals(code, refused.code(), () -> "refused with " + refused.getMessage());
        assertEquals(before, complaint.status(), "status after refusal");
        assertEquals(history, complaint.history(), "history after refusal");
        return refused;
    }

    private static Feedback satisfied() {
        return Feedback.given(Feedback.Method.PHONE, "投诉部分属实，已道歉并重新受理", "满意", Satisfaction.SATISFIED, false);
    }

    private static Actor staff(String id, Role role, String department) {
        return Actor.staff(id, role, "pc-x", department);
    }

    // ================================================================== receive

    @Nested
    class Receive {

        @Test
        void a_complaint_filed_at_a_kiosk_has_no_first_contact_owner_yet() {
            Complaint complaint = Cases.received();
            assertEquals(RECEIVED, complaint.status());
            assertTrue(complaint.firstContactOwner().isEmpty());
            assertFalse(complaint.firstContactAccountable());
        }

        @Test
        void a_complaint_received_at_a_window_makes_the_clerk_its_first_contact_owner() {
            Complaint complaint = Cases.receivedAtWindow();
            assertEquals(Optional.of("wang.fang"), complaint.firstContactOwner());
            assertEquals(Optional.of("window-1"), complaint.receivingTerminal());
            assertTrue(complaint.firstContactAccountable());
            assertRecorded(complaint, HistoryAction.FILED, null, RECEIVED, RECEPTION, RECEIVED_AT);
        }

        @Test
        void a_complaint_filed_by_a_handler_has_no_first_contact_owner() {
            Complaint complaint = Cases.builder().receivedBy(HANDLER).received();
            assertTrue(complaint.firstContactOwner().isEmpty());
        }

        @Test
        void a_received_complaint_is_normal_with_an_empty_registration_and_the_acknowledge_clock_running() {
            Complaint complaint = Cases.received();
            assertEquals(Urgency.NORMAL, complaint.urgency());
            assertTrue(complaint.registration().serviceStep().isEmpty());
            assertFalse(complaint.isAbout("zhang.wei"));
            assertEquals(LocalDate.of(2026, 11, 30), complaint.receivedDay());
            assertEquals(Optional.of(Stage.ACKNOWLEDGE), complaint.deadlines().currentStage());
            assertEquals(Optional.of(ACK_DUE_NORMAL), complaint.deadlines().current());
        }
    }

    // ================================================================== accept

    @Nested
    class Accept {

        @Test
        void accepting_registers_the_complaint_and_names_the_first_contact_owner() {
            Complaint complaint = Cases.received();
            Registration form = Cases.registrationAbout("zhang.wei");

            complaint.accept(form, null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);

            assertEquals(REGISTERED, complaint.status());
            assertSame(form, complaint.registration());
            assertEquals(Optional.of("wang.fang"), complaint.firstContactOwner());
            assertEquals(Optional.of("王芳"), complaint.firstContactName());
            assertTrue(complaint.firstContactAccountable());
            assertSame(COMPLAINANT, complaint.complainant());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.ACCEPTED, RECEIVED, REGISTERED, RECEPTION, ACCEPTED_AT);
            assertEquals(Optional.of(SERVICE_STEP), entry.summary());
        }

        @Test
        void the_complainant_as_registered_replaces_the_filed_one() {
            Complaint complaint = Cases.builder().anonymous().received();
            Complainant registered = Complainant.named("李四", null, "杭州市西湖区文三路100号");

            complaint.accept(Cases.registrationAbout(null), registered, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);

            assertSame(registered, complaint.complainant());
        }

        @Test
        void a_supervisor_may_accept_and_then_owns_the_first_contact() {
            Complaint complaint = Cases.received();
            complaint.accept(Cases.registrationAbout(null), null, SUPERVISOR, "赵敏", ACCEPTED_AT);
            assertEquals(Optional.of("zhao.min"), complaint.firstContactOwner());
            assertEquals(Optional.of("赵敏"), complaint.firstContactName());
            assertRecorded(complaint, HistoryAction.ACCEPTED, RECEIVED, REGISTERED, SUPERVISOR, ACCEPTED_AT);
        }

        @Test
        void the_clerk_who_received_it_at_the_window_stays_the_owner_and_gets_the_name() {
            Complaint complaint = Cases.receivedAtWindow();
            complaint.accept(Cases.registrationAbout(null), null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);
            assertEquals(Optional.of("wang.fang"), complaint.firstContactOwner());
            assertEquals(Optional.of("王芳"), complaint.firstContactName());
        }

        @Test
        void a_form_without_service_step_gives_an_entry_without_summary() {
            Complaint complaint = Cases.received();
            complaint.accept(Registration.empty(), null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);
            assertTrue(last(complaint).summary().isEmpty());
        }

        @Test
        void the_first_contact_name_belongs_to_the_first_contact_owner() {
            Complaint complaint = Cases.receivedAtWindow();   // owner wang.fang, no name yet

            complaint.accept(Cases.registrationAbout(null), null, OTHER_RECEPTION, "李娜", ACCEPTED_AT);

            assertEquals(complaint.firstContactOwner().equals(Optional.of("li.na")),
                    complaint.firstContactName().equals(Optional.of("李娜")),
                    "owner " + complaint.firstContactOwner() + " shown as " + complaint.firstContactName());
        }

        @Test
        void accepting_is_refused_once_registered() {
            Complaint complaint = Cases.registered();
            assertRefused("state", complaint,
                    () -> complaint.accept(Registration.empty(), null, RECEPTION, RECEPTION_NAME, Cases.LATER));
        }

        @Test
        void a_handler_or_citizen_may_not_accept() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint,
                    () -> complaint.accept(Registration.empty(), null, HANDLER, "孙丽", ACCEPTED_AT));
            assertRefused("role", complaint,
                    () -> complaint.accept(Registration.empty(), null, CITIZEN, "张三", ACCEPTED_AT));
            assertTrue(complaint.firstContactOwner().isEmpty());
        }
    }

    // ================================================================== updateRegistration

    @Nested
    class UpdateRegistration {

        @Test
        void a_registered_form_can_be_corrected_without_changing_the_status() {
            Complaint complaint = Cases.registered();
            Registration corrected = new Registration("不动产登记 - 缴费", null, null, null, "退还多收费用", null);
            Complainant phone = Complainant.reachableAt(new PhoneNumber("13912345678"), "张三");

            complaint.updateRegistration(corrected, phone, SUPERVISOR, LATER);

            assertEquals(REGISTERED, complaint.status());
            assertSame(corrected, complaint.registration());
            assertSame(phone, complaint.complainant());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.REGISTRATION_UPDATED, REGISTERED, REGISTERED, SUPERVISOR, LATER);
            assertTrue(entry.summary().isEmpty());
        }

        @Test
        void the_form_can_be_corrected_while_triaged_or_returned_and_keeps_the_status() {
            for (Complaint complaint : List.of(Cases.triaged(), Cases.returned())) {
                ComplaintStatus status = complaint.status();
                complaint.updateRegistration(Cases.registrationAbout(null), null, RECEPTION, LATER);
                assertEquals(status, complaint.status());
                assertRecorded(complaint, HistoryAction.REGISTRATION_UPDATED, status, status, RECEPTION, LATER);
                assertSame(COMPLAINANT, complaint.complainant());
            }
        }

        @Test
        void the_form_cannot_be_changed_before_acceptance_or_once_with_a_department() {
            Complaint received = Cases.received();
            assertRefused("state", received, () -> received.updateRegistration(Registration.empty(), null, RECEPTION, LATER));
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned, () -> assigned.updateRegistration(Registration.empty(), null, RECEPTION, LATER));
        }

        @Test
        void a_handler_may_not_change_the_form() {
            Complaint complaint = Cases.registered();
            assertRefused("role", complaint, () -> complaint.updateRegistration(Registration.empty(), null, HANDLER, LATER));
            assertEquals(Optional.of("zhang.wei"), complaint.registration().staffComplainedAboutId());
        }
    }

    // ================================================================== resolveOnSpot

    @Nested
    class ResolveOnSpot {

        @Test
        void resolving_on_the_spot_names_the_owner_completes_the_acknowledgement_and_stops_the_clock() {
            Complaint complaint = Cases.received();

            complaint.resolveOnSpot("  当场协调窗口重新受理 ", RECEPTION, RECEPTION_NAME, ACCEPTED_AT);

            assertEquals(RESOLVED_ON_SPOT, complaint.status());
            assertEquals(Optional.of("当场协调窗口重新受理"), complaint.onSpotResolution());
            assertEquals(Optional.of("wang.fang"), complaint.firstContactOwner());
            assertEquals(Optional.of("王芳"), complaint.firstContactName());
            assertEquals(Optional.of(ACCEPTED_AT), complaint.deadlines().done(Stage.ACKNOWLEDGE));
            assertTrue(complaint.deadlines().current().isEmpty());
            assertTrue(complaint.deadlines().currentStage().isEmpty());
            assertFalse(complaint.firstContactAccountable());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.RESOLVED_ON_SPOT, RECEIVED, RESOLVED_ON_SPOT, RECEPTION, ACCEPTED_AT);
            assertEquals(Optional.of("当场协调窗口重新受理"), entry.summary());
        }

        @Test
        void what_was_done_must_be_said() {
            Complaint complaint = Cases.received();
            TransitionRefused refused = assertRefused("required", complaint,
                    () -> complaint.resolveOnSpot("  ", RECEPTION, RECEPTION_NAME, ACCEPTED_AT));
            assertEquals(List.of("whatWasDone"), refused.args());
            assertTrue(complaint.firstContactOwner().isEmpty());
            assertTrue(complaint.deadlines().done(Stage.ACKNOWLEDGE).isEmpty());
        }

        @Test
        void only_a_received_complaint_can_be_resolved_on_the_spot() {
            Complaint complaint = Cases.registered();
            assertRefused("state", complaint, () -> complaint.resolveOnSpot("已处理", RECEPTION, RECEPTION_NAME, LATER));
        }

        @Test
        void a_handler_may_not_resolve_on_the_spot() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint, () -> complaint.resolveOnSpot("已处理", HANDLER, "孙丽", ACCEPTED_AT));
        }
    }

    // ================================================================== redirect

    @Nested
    class Redirect {

        @Test
        void redirecting_keeps_the_referral_names_the_owner_and_stops_the_clock() {
            Complaint complaint = Cases.received();
            Referral referral = new Referral(HOUSING_BUREAU, "公租房分配不属于本中心受理范围");

            complaint.redirect(referral, SUPERVISOR, "赵敏", ACCEPTED_AT);

            assertEquals(REDIRECTED, complaint.status());
            Referral kept = complaint.referral().orElseThrow();
            assertEquals("HOUSING_BUREAU", kept.agencyCode());
            assertEquals("市住房保障局", kept.agencyName());
            assertEquals("0571-12345678", kept.contact());
            assertEquals("公租房分配不属于本中心受理范围", kept.explanation());
            assertEquals(Optional.of("zhao.min"), complaint.firstContactOwner());
            assertEquals(Optional.of("赵敏"), complaint.firstContactName());
            assertEquals(Optional.of(ACCEPTED_AT), complaint.deadlines().done(Stage.ACKNOWLEDGE));
            assertTrue(complaint.deadlines().current().isEmpty());
            assertTrue(complaint.deadlines().currentStage().isEmpty());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.REDIRECTED, RECEIVED, REDIRECTED, SUPERVISOR, ACCEPTED_AT);
            assertEquals(Optional.of("市住房保障局: 公租房分配不属于本中心受理范围"), entry.summary());
        }

        @Test
        void a_referral_needs_an_explanation() {
            TransitionRefused refused = assertThrows(TransitionRefused.class, () -> new Referral(HOUSING_BUREAU, " "));
            assertEquals("required", refused.code());
        }

        @Test
        void only_a_received_complaint_can_be_redirected() {
            Complaint complaint = Cases.triaged();
            assertRefused("state", complaint,
                    () -> complaint.redirect(new Referral(HOUSING_BUREAU, "不属于本中心"), RECEPTION, RECEPTION_NAME, LATER));
        }

        @Test
        void a_citizen_may_not_redirect() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint,
                    () -> complaint.redirect(new Referral(HOUSING_BUREAU, "不属于本中心"), CITIZEN, "张三", ACCEPTED_AT));
            assertTrue(complaint.referral().isEmpty());
        }
    }

    // ================================================================== triage

    @Nested
    class Triage {

        @Test
        void triage_classifies_and_assesses_a_registered_complaint() {
            Complaint complaint = Cases.registered();

            complaint.triage(DELAY, "  不动产登记 ", Urgency.URGENT, MAJOR, SUPERVISOR, Cases.TRIAGED_AT, DEADLINES);

            assertEquals(TRIAGED, complaint.status());
            assertEquals(DELAY, complaint.category());
            assertEquals(Optional.of("不动产登记"), complaint.businessArea());
            assertEquals(Urgency.URGENT, complaint.urgency());
            assertSame(MAJOR, complaint.assessment().orElseThrow());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.TRIAGED, REGISTERED, TRIAGED, SUPERVISOR, Cases.TRIAGED_AT);
            assertEquals(Optional.of("PROCESSING_DELAY, URGENT, HIGH, major"), entry.summary());
        }

        @Test
        void an_emergency_triage_names_who_was_alerted() {
            Complaint complaint = Cases.registered();
            Assessment emergency = new Assessment(Assessment.Severity.HIGH, true, false, true, "中心主任");

            complaint.triage(CATEGORY, null, Urgency.EMERGENCY, emergency, SUPERVISOR, Cases.TRIAGED_AT, DEADLINES);

            assertEquals(Optional.of("SERVICE_ATTITUDE, EMERGENCY, HIGH, emergency: 中心主任"), last(complaint).summary());
            assertTrue(complaint.businessArea().isEmpty());
        }

        @Test
        void triage_of_a_returned_complaint_keeps_it_returned() {
            Complaint complaint = Cases.returned();

            complaint.triage(CATEGORY, "税务", Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);

            assertEquals(RETURNED, complaint.status());
            assertEquals(Optional.of("税务"), complaint.businessArea());
            assertRecorded(complaint, HistoryAction.TRIAGED, RETURNED, RETURNED, SUPERVISOR, LATER);
        }

        @Test
        void triage_of_a_triaged_complaint_reclassifies_it_in_place() {
            Complaint complaint = Cases.triaged();
            complaint.triage(DELAY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);
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
            complaint.triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);
            assertEquals(Urgency.NORMAL, complaint.urgency());
            assertEquals(Optional.of(ACK_DUE_EMERGENCY), complaint.deadlines().current());
        }

        @Test
        void triage_needs_an_urgency_and_a_severity() {
            Complaint complaint = Cases.registered();
            TransitionRefused refused = assertRefused("required", complaint,
                    () -> complaint.triage(CATEGORY, null, null, ORDINARY, SUPERVISOR, LATER, DEADLINES));
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
                    () -> received.triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES));
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned,
                    () -> assigned.triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void only_a_supervisor_triages() {
            Complaint complaint = Cases.registered();
            assertRefused("role", complaint,
                    () -> complaint.triage(CATEGORY, null, Urgency.URGENT, ORDINARY, RECEPTION, LATER, DEADLINES));
            assertRefused("role", complaint,
                    () -> complaint.triage(CATEGORY, null, Urgency.URGENT, ORDINARY, HANDLER, LATER, DEADLINES));
            assertEquals(Urgency.NORMAL, complaint.urgency());
            assertTrue(complaint.assessment().isEmpty());
        }

        @Test
        void a_triage_refused_for_a_long_business_area_changes_nothing() {
            Complaint complaint = Cases.registered();
            assertRefused("tooLong", complaint,
                    () -> complaint.triage(DELAY, "x".repeat(101), Urgency.NORMAL, MAJOR, SUPERVISOR, LATER, DEADLINES));
            assertEquals(CATEGORY, complaint.category());
            assertTrue(complaint.assessment().isEmpty());
        }

        @Test
        void triage_after_an_appeal_keeps_the_acknowledge_deadline_counted_from_the_appeal() {
            Complaint complaint = Cases.appealed();
            Instant dueAfterAppeal = complaint.deadlines().due(Stage.ACKNOWLEDGE).orElseThrow();

            complaint.triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);

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

            DuplicateFlag flag = complaint.flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, LATER);

            assertNotNull(flag);
            assertEquals(OTHER_NUMBER, flag.otherTrackingNumber());
            assertEquals(DuplicateFlag.Reason.SAME_CONTACT, flag.reason());
            assertEquals(DuplicateFlag.State.OPEN, flag.state());
            assertEquals(LATER, flag.flaggedAt());
            assertTrue(flag.decidedAt().isEmpty());
            assertEquals(List.of(flag), complaint.duplicateFlags());
            assertEquals(REGISTERED, complaint.status());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.DUPLICATE_FLAGGED, REGISTERED, REGISTERED,
                    Actor.system("duplicate-check"), LATER);
            assertEquals(Optional.of("SAME_CONTACT TS-20261129-00012"), entry.summary());
        }

        @Test
        void a_complaint_is_never_flagged_as_a_duplicate_of_itself() {
            Complaint complaint = Cases.registered();
            int entries = complaint.history().size();
            assertNull(complaint.flagPossibleDuplicate(NUMBER, DuplicateFlag.Reason.SAME_STAFF_AND_CATEGORY, LATER));
            assertTrue(complaint.duplicateFlags().isEmpty());
            assertEquals(entries, complaint.history().size());
        }

        @Test
        void the_same_other_complaint_is_flagged_only_once() {
            Complaint complaint = Cases.registered();
            complaint.flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, LATER);
            int entries = complaint.history().size();

            assertNull(complaint.flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_STAFF_AND_CATEGORY, LATER));

            assertEquals(1, complaint.duplicateFlags().size());
            assertEquals(entries, complaint.history().size());
        }

        @Test
        void an_archived_case_is_not_flagged() {
            Complaint complaint = Cases.archived();
            int entries = complaint.history().size();
            try {
                complaint.flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, LATER);
            } catch (TransitionRefused expected) {
                assertEquals("archived", expected.code());
            }
            assertTrue(complaint.duplicateFlags().isEmpty());
            assertEquals(entries, complaint.history().size());
        }

        private DuplicateFlag flagged(Complaint complaint) {
            return Cases.identify(complaint.flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, ACCEPTED_AT), 31L);
        }

        @Test
        void a_clerk_confirms_a_duplicate() {
            Complaint complaint = Cases.registered();
            DuplicateFlag flag = flagged(complaint);

            complaint.decideDuplicate(31L, true, RECEPTION, LATER);

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

            complaint.decideDuplicate(31L, false, SUPERVISOR, LATER);

            assertEquals(DuplicateFlag.State.DISMISSED, flag.state());
            assertEquals(Optional.of("zhao.min"), flag.decidedBy());
            assertRecorded(complaint, HistoryAction.DUPLICATE_DISMISSED, INVESTIGATING, INVESTIGATING, SUPERVISOR, LATER);
        }

        @Test
        void a_flag_is_decided_only_once() {
            Complaint complaint = Cases.registered();
            DuplicateFlag flag = flagged(complaint);
            complaint.decideDuplicate(31L, false, RECEPTION, LATER);

            assertRefused("duplicateDecided", complaint, () -> complaint.decideDuplicate(31L, true, SUPERVISOR, LATER));

            assertEquals(DuplicateFlag.State.DISMISSED, flag.state());
            assertEquals(Optional.of("wang.fang"), flag.decidedBy());
        }

        @Test
        void an_unknown_flag_is_refused() {
            Complaint complaint = Cases.registered();
            flagged(complaint);
            TransitionRefused refused = assertRefused("unknownDuplicateFlag", complaint,
                    () -> complaint.decideDuplicate(99L, true, RECEPTION, LATER));
            assertEquals(List.of(99L), refused.args());
        }

        @Test
        void a_handler_may_not_decide_a_duplicate() {
            Complaint complaint = Cases.investigating();
            DuplicateFlag flag = flagged(complaint);
            assertRefused("role", complaint, () -> complaint.decideDuplicate(31L, true, HANDLER, LATER));
            assertEquals(DuplicateFlag.State.OPEN, flag.state());
        }

        @Test
        void duplicates_of_a_finished_case_are_not_decided() {
            Complaint complaint = Cases.received();
            DuplicateFlag flag = flagged(complaint);
            complaint.resolveOnSpot("当场解释清楚", RECEPTION, "王芳", LATER);
            assertRefused("state", complaint, () -> complaint.decideDuplicate(31L, true, RECEPTION, LATER));
            assertEquals(DuplicateFlag.State.OPEN, flag.state());
        }
    }

    // ================================================================== assign

    @Nested
    class Assign {

        @Test
        void assigning_hands_the_case_to_a_department_and_starts_the_sign_for_clock() {
            Complaint complaint = Cases.triaged();

            complaint.assign(REAL_ESTATE, SUN_LI, SCOPE, STANDARDS, null, SUPERVISOR, ASSIGNED_AT, DEADLINES);

            assertEquals(ASSIGNED, complaint.status());
            Assignment assignment = complaint.assignment().orElseThrow();
            assertEquals("REAL_ESTATE", assignment.departmentCode());
            assertEquals("不动产登记中心", assignment.departmentName());
            assertEquals("sun.li", assignment.handlerId());
            assertEquals("孙丽", assignment.handlerName());
            assertEquals(SCOPE, assignment.scope());
            assertEquals(Optional.of(STANDARDS), assignment.standards());
            assertEquals(ASSIGNED_AT, assignment.assignedAt());
            assertEquals("zhao.min", assignment.assignedBy());
            Deadlines deadlines = complaint.deadlines();
            assertEquals(Optional.of(ASSIGNED_AT), deadlines.done(Stage.ACKNOWLEDGE));
            assertEquals(Optional.of(SIGN_FOR_DUE), deadlines.due(Stage.SIGN_FOR));
            assertEquals(Optional.of(HANDLE_DUE), deadlines.due(Stage.HANDLE));
            assertEquals(Optional.of(Stage.SIGN_FOR), deadlines.currentStage());
            assertEquals(Optional.of(SIGN_FOR_DUE), deadlines.current());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.ASSIGNED, TRIAGED, ASSIGNED, SUPERVISOR, ASSIGNED_AT);
            assertEquals(Optional.of("不动产登记中心 / 孙丽 — " + SCOPE), entry.summary());
        }

        @Test
        void the_supervisor_may_set_the_handling_deadline() {
            Complaint complaint = Cases.triaged();
            Instant due = Instant.parse("2026-12-03T09:30:00Z");
            complaint.assign(REAL_ESTATE, SUN_LI, SCOPE, null, due, SUPERVISOR, ASSIGNED_AT, DEADLINES);
            assertEquals(Optional.of(due), complaint.deadlines().due(Stage.HANDLE));
            assertTrue(complaint.assignment().orElseThrow().standards().isEmpty());
        }

        @Test
        void an_assignment_needs_a_scope() {
            Complaint complaint = Cases.triaged();
            assertRefused("required", complaint,
                    () -> complaint.assign(REAL_ESTATE, SUN_LI, " ", null, null, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertTrue(complaint.assignment().isEmpty());
        }

        @Test
        void a_returned_case_is_assigned_again_and_the_return_reason_is_cleared() {
            Complaint complaint = Cases.returned();
            assertTrue(complaint.returnReason().isPresent());

            complaint.assign(TAX, QIAN_HAO, "核实税务窗口收费", null, null, SUPERVISOR, LATER, DEADLINES);

            assertEquals(ASSIGNED, complaint.status());
            assertEquals("TAX", complaint.assignment().orElseThrow().departmentCode());
            assertTrue(complaint.returnReason().isEmpty());
            assertTrue(complaint.deadlines().done(Stage.SIGN_FOR).isEmpty());
            assertEquals(Optional.of(Instant.parse("2026-12-09T09:30:00Z")), complaint.deadlines().current());
            assertRecorded(complaint, HistoryAction.ASSIGNED, RETURNED, ASSIGNED, SUPERVISOR, LATER);
        }

        @Test
        void an_appeal_goes_to_a_handler_other_than_the_first() {
            Complaint complaint = Cases.appealed();

            complaint.assign(REAL_ESTATE, ZHOU_JIE, "复核原处理结果", null, null, SUPERVISOR, LATER, DEADLINES);

            assertEquals(ASSIGNED, complaint.status());
            assertEquals("zhou.jie", complaint.assignment().orElseThrow().handlerId());
            assertRecorded(complaint, HistoryAction.ASSIGNED, APPEALED, ASSIGNED, SUPERVISOR, LATER);
        }

        @Test
        void after_an_appeal_the_first_handler_is_refused() {
            Complaint complaint = Cases.appealed();
            TransitionRefused refused = assertRefused("sameHandler", complaint,
                    () -> complaint.assign(REAL_ESTATE, SUN_LI, "复核", null, null, SUPERVISOR, LATER, DEADLINES));
            assertEquals(List.of("sun.li"), refused.args());
        }

        @Test
        void the_first_handler_may_be_assigned_again_after_a_return_without_appeal() {
            Complaint complaint = Cases.returned();
            complaint.assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES);
            assertEquals("sun.li", complaint.assignment().orElseThrow().handlerId());
        }

        @Test
        void after_an_appeal_the_handler_who_handled_the_case_is_refused() {
            Complaint complaint = Cases.returned();     // sun.li returned it without handling
            complaint.assign(REAL_ESTATE, ZHOU_JIE, SCOPE, null, null, SUPERVISOR, SIGNED_FOR_AT, DEADLINES);
            complaint.signFor(SECOND_HANDLER, SIGNED_FOR_AT);
            complaint.recordFinding(FINDING, SECOND_HANDLER, Cases.FOUND_AT);
            complaint.proposePlan(PLAN, SECOND_HANDLER, Cases.PLANNED_AT);
            complaint.recordMeasure(Measure.Kind.APOLOGY, "道歉", SECOND_HANDLER, Cases.MEASURED_AT);
            complaint.completeHandling(SECOND_HANDLER, COMPLETED_AT, DEADLINES);
            complaint.recordFeedback(Feedback.given(Feedback.Method.PHONE, "结果", null, Satisfaction.DISSATISFIED, true),
                    RECEPTION, FED_BACK_AT);
            complaint.appeal("不服", RECEPTION, APPEALED_AT, DEADLINES);

            assertRefused("sameHandler", complaint,
                    () -> complaint.assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void the_staff_member_complained_about_is_never_assigned() {
            Complaint complaint = Cases.triaged();
            TransitionRefused refused = assertRefused("recusal", complaint,
                    () -> complaint.assign(REAL_ESTATE, ZHANG_WEI, SCOPE, null, null, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertEquals(List.of("zhang.wei"), refused.args());
            assertTrue(complaint.assignment().isEmpty());
        }

        @Test
        void the_handler_must_belong_to_the_department() {
            Complaint complaint = Cases.triaged();
            TransitionRefused refused = assertRefused("handlerNotInDepartment", complaint,
                    () -> complaint.assign(REAL_ESTATE, QIAN_HAO, SCOPE, null, null, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertEquals(List.of("qian.hao", "REAL_ESTATE"), refused.args());
            assertRefused("handlerNotInDepartment", complaint,
                    () -> complaint.assign(REAL_ESTATE, new StaffRef("it.admin", "系统管理员", null), SCOPE, null, null,
                            SUPERVISOR, ASSIGNED_AT, DEADLINES));
        }

        @Test
        void a_handling_deadline_that_is_not_in_the_future_is_refused() {
            Complaint complaint = Cases.triaged();
            assertRefused("deadlineInPast", complaint,
                    () -> complaint.assign(REAL_ESTATE, SUN_LI, SCOPE, null, ASSIGNED_AT, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertRefused("deadlineInPast", complaint,
                    () -> complaint.assign(REAL_ESTATE, SUN_LI, SCOPE, null, RECEIVED_AT, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertTrue(complaint.assignment().isEmpty());
        }

        @Test
        void an_untriaged_or_already_assigned_case_cannot_be_assigned() {
            Complaint registered = Cases.registered();
            assertRefused("state", registered,
                    () -> registered.assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES));
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned,
                    () -> assigned.assign(REAL_ESTATE, ZHOU_JIE, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void only_a_supervisor_assigns() {
            Complaint complaint = Cases.triaged();
            assertRefused("role", complaint,
                    () -> complaint.assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, RECEPTION, LATER, DEADLINES));
            assertRefused("role", complaint,
                    () -> complaint.assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, HANDLER, LATER, DEADLINES));
        }
    }

    // ================================================================== signFor / returnAssignment

    @Nested
    class SignFor {

        @Test
        void the_department_signs_for_the_case_and_the_handling_clock_runs() {
            Complaint complaint = Cases.assigned();

            complaint.signFor(HANDLER, SIGNED_FOR_AT);

            assertEquals(INVESTIGATING, complaint.status());
            assertEquals(Optional.of(SIGNED_FOR_AT), complaint.deadlines().done(Stage.SIGN_FOR));
            assertEquals(Optional.of(Stage.HANDLE), complaint.deadlines().currentStage());
            assertEquals(Optional.of(HANDLE_DUE), complaint.deadlines().current());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.SIGNED_FOR, ASSIGNED, INVESTIGATING, HANDLER, SIGNED_FOR_AT);
            assertEquals(Optional.of("不动产登记中心"), entry.summary());
        }

        @Test
        void another_handler_of_the_same_department_may_sign_for_it() {
            Complaint complaint = Cases.assigned();
            complaint.signFor(SECOND_HANDLER, SIGNED_FOR_AT);
            assertEquals(INVESTIGATING, complaint.status());
        }

        @Test
        void a_supervisor_may_sign_for_it() {
            Complaint complaint = Cases.assigned();
            complaint.signFor(SUPERVISOR, SIGNED_FOR_AT);
            assertRecorded(complaint, HistoryAction.SIGNED_FOR, ASSIGNED, INVESTIGATING, SUPERVISOR, SIGNED_FOR_AT);
        }

        @Test
        void a_handler_of_another_department_may_not_sign_for_it() {
            Complaint complaint = Cases.assigned();
            TransitionRefused refused = assertRefused("notDepartment", complaint, () -> complaint.signFor(TAX_HANDLER, SIGNED_FOR_AT));
            assertEquals(List.of("qian.hao"), refused.args());
            assertRefused("notDepartment", complaint,
                    () -> complaint.signFor(staff("no.dept", Role.HANDLER, null), SIGNED_FOR_AT));
        }

        @Test
        void only_an_assigned_case_is_signed_for() {
            Complaint triaged = Cases.triaged();
            assertRefused("state", triaged, () -> triaged.signFor(HANDLER, LATER));
            Complaint investigating = Cases.investigating();
            assertRefused("state", investigating, () -> investigating.signFor(HANDLER, LATER));
        }

        @Test
        void reception_may_not_sign_for_a_case() {
            Complaint complaint = Cases.assigned();
            assertRefused("role", complaint, () -> complaint.signFor(RECEPTION, SIGNED_FOR_AT));
        }

        @Test
        void the_first_contact_owner_stays_accountable_until_sign_for_and_not_after() {
            assertTrue(Cases.registered().firstContactAccountable());
            assertTrue(Cases.triaged().firstContactAccountable());
            Complaint complaint = Cases.assigned();
            assertTrue(complaint.firstContactAccountable());

            complaint.signFor(HANDLER, SIGNED_FOR_AT);

            assertFalse(complaint.firstContactAccountable());
            assertEquals(Optional.of("wang.fang"), complaint.firstContactOwner());
            assertFalse(Cases.closed(Satisfaction.SATISFIED).firstContactAccountable());
        }

        @Test
        void the_first_contact_owner_stays_accountable_when_the_department_returns_the_case() {
            Complaint complaint = Cases.returned();
            assertTrue(complaint.firstContactAccountable());
        }
    }

    @Nested
    class ReturnAssignment {

        @Test
        void the_department_returns_the_assignment_with_a_reason() {
            Complaint complaint = Cases.assigned();

            complaint.returnAssignment("  涉及税务窗口 ", HANDLER, SIGNED_FOR_AT);

            assertEquals(RETURNED, complaint.status());
            assertEquals(Optional.of("涉及税务窗口"), complaint.returnReason());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.RETURNED, ASSIGNED, RETURNED, HANDLER, SIGNED_FOR_AT);
            assertEquals(Optional.of("涉及税务窗口"), entry.summary());
        }

        @Test
        void a_return_needs_a_reason() {
            Complaint complaint = Cases.assigned();
            assertRefused("required", complaint, () -> complaint.returnAssignment(null, HANDLER, SIGNED_FOR_AT));
            assertRefused("required", complaint, () -> complaint.returnAssignment(" \t", HANDLER, SIGNED_FOR_AT));
            assertTrue(complaint.returnReason().isEmpty());
        }

        @Test
        void a_handler_of_another_department_may_not_return_it() {
            Complaint complaint = Cases.assigned();
            assertRefused("notDepartment", complaint, () -> complaint.returnAssignment("不是我们的", TAX_HANDLER, SIGNED_FOR_AT));
        }

        @Test
        void a_signed_for_case_cannot_be_returned() {
            Complaint complaint = Cases.investigating();
            assertRefused("state", complaint, () -> complaint.returnAssignment("不是我们的", HANDLER, LATER));
        }

        @Test
        void reception_may_not_return_an_assignment() {
            Complaint complaint = Cases.assigned();
            assertRefused("role", complaint, () -> complaint.returnAssignment("不是我们的", RECEPTION, SIGNED_FOR_AT));
        }
    }

    // ================================================================== investigation: notes, evidence, finding

    @Nested
    class AddNote {

        @Test
        void the_handler_records_an_investigation_note() {
            Complaint complaint = Cases.investigating();

            InvestigationNote note = complaint.addNote(InvestigationNote.Kind.CCTV_REVIEWED, " 调阅11月27日14时监控 ", HANDLER, LATER);

            assertEquals(List.of(note), complaint.notes());
            assertEquals(InvestigationNote.Kind.CCTV_REVIEWED, note.kind());
            assertEquals("调阅11月27日14时监控", note.text());
            assertEquals(LATER, note.recordedAt());
            assertEquals("sun.li", note.recordedBy());
            assertEquals(INVESTIGATING, complaint.status());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.NOTE_ADDED, INVESTIGATING, INVESTIGATING, HANDLER, LATER);
            assertEquals(Optional.of("CCTV_REVIEWED: 调阅11月27日14时监控"), entry.summary());
        }

        @Test
        void notes_may_be_added_until_handling_is_complete() {
            for (Complaint complaint : List.of(Cases.decided(), Cases.awaitingApproval(), Cases.implementing())) {
                complaint.addNote(InvestigationNote.Kind.INTERVIEW, "补充询问", SUPERVISOR, LATER);
                assertEquals(1, complaint.notes().size());
            }
        }

        @Test
        void a_note_needs_a_kind_and_a_text() {
            Complaint complaint = Cases.investigating();
            assertRefused("required", complaint, () -> complaint.addNote(null, "文本", HANDLER, LATER));
            assertRefused("required", complaint, () -> complaint.addNote(InvestigationNote.Kind.OTHER, "", HANDLER, LATER));
            assertTrue(complaint.notes().isEmpty());
        }

        @Test
        void only_the_assigned_department_adds_notes() {
            Complaint complaint = Cases.investigating();
            assertRefused("notDepartment", complaint, () -> complaint.addNote(InvestigationNote.Kind.OTHER, "x", TAX_HANDLER, LATER));
            assertTrue(complaint.notes().isEmpty());
        }

        @Test
        void notes_are_not_added_before_sign_for() {
            Complaint complaint = Cases.assigned();
            assertRefused("state", complaint, () -> complaint.addNote(InvestigationNote.Kind.OTHER, "x", HANDLER, LATER));
        }

        @Test
        void reception_may_not_add_notes() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.addNote(InvestigationNote.Kind.OTHER, "x", RECEPTION, LATER));
        }
    }

    @Nested
    class AddEvidence {

        @Test
        void reception_keeps_evidence_handed_in_with_the_complaint() {
            Complaint complaint = Cases.received();

            Evidence item = complaint.addEvidence(PHOTO, "现场照片", RECEPTION, ACCEPTED_AT);

            assertEquals(List.of(item), complaint.evidence());
            assertEquals("window3.jpg", item.fileName());
            assertEquals("image/jpeg", item.contentType());
            assertEquals(48_213L, item.size());
            assertEquals(SHA256, item.sha256());
            assertEquals("evidence/2026/11/30/abc", item.storageKey());
            assertEquals("现场照片", item.description());
            assertEquals(ACCEPTED_AT, item.addedAt());
            assertEquals("wang.fang", item.addedBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.EVIDENCE_ADDED, RECEIVED, RECEIVED, RECEPTION, ACCEPTED_AT);
            assertEquals(Optional.of("window3.jpg sha256=" + SHA256), entry.summary());
        }

        @Test
        void the_assigned_department_adds_evidence_during_the_investigation() {
            Complaint complaint = Cases.investigating();
            complaint.addEvidence(PHOTO, null, HANDLER, LATER);
            assertEquals(1, complaint.evidence().size());
            assertRecorded(complaint, HistoryAction.EVIDENCE_ADDED, INVESTIGATING, INVESTIGATING, HANDLER, LATER);
        }

        @Test
        void a_file_without_a_sha256_digest_is_refused() {
            Complaint complaint = Cases.received();
            Evidence.StoredFile bad = new Evidence.StoredFile("a.jpg", "image/jpeg", 1, "ABC", "k");
            assertThrows(IllegalArgumentException.class, () -> complaint.addEvidence(bad, null, RECEPTION, LATER));
            assertTrue(complaint.evidence().isEmpty());
        }

        @Test
        void a_handler_of_another_department_may_not_add_evidence() {
            Complaint complaint = Cases.investigating();
            assertRefused("notDepartment", complaint, () -> complaint.addEvidence(PHOTO, null, TAX_HANDLER, LATER));
        }

        @Test
        void the_complainant_sends_a_file_through_the_complaint_s_channel_while_it_is_open() {
            Complaint complaint = Cases.investigating();
            Evidence item = complaint.receiveEvidence(PHOTO, null, Actor.citizen("EMAIL"), LATER);
            assertEquals(List.of(item), complaint.evidence());
            assertEquals(Actor.ANONYMOUS, item.addedBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.EVIDENCE_ADDED, INVESTIGATING, INVESTIGATING,
                    Actor.citizen("EMAIL"), LATER);
            assertEquals(Optional.of("from complainant: window3.jpg sha256=" + SHA256), entry.summary());

            Complaint closed = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", closed, () -> closed.receiveEvidence(PHOTO, null, Actor.citizen("EMAIL"), LATER));
            assertRefused("role", complaint, () -> complaint.receiveEvidence(PHOTO, null, RECEPTION, LATER));
        }

        @Test
        void no_evidence_is_added_to_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.addEvidence(PHOTO, null, SUPERVISOR, LATER));
        }

        @Test
        void a_citizen_may_not_add_evidence_to_the_case_file() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint, () -> complaint.addEvidence(PHOTO, null, CITIZEN, LATER));
        }
    }

    @Nested
    class RecordFinding {

        @Test
        void the_finding_decides_the_investigation() {
            Complaint complaint = Cases.investigating();

            complaint.recordFinding(FINDING, HANDLER, Cases.FOUND_AT);

            assertEquals(DECIDED, complaint.status());
            Finding finding = complaint.finding().orElseThrow();
            assertEquals(Finding.Outcome.PARTLY_SUBSTANTIATED, finding.outcome());
            assertEquals(Optional.of("拒绝受理属实"), finding.substantiatedParts());
            assertEquals(Finding.Cause.STAFF_ERROR, finding.cause());
            assertEquals("监控录像及当事人笔录", finding.basis());
            assertEquals(Cases.FOUND_AT, finding.recordedAt());
            assertEquals("sun.li", finding.recordedBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.FINDING_RECORDED, INVESTIGATING, DECIDED, HANDLER, Cases.FOUND_AT);
            assertEquals(Optional.of("PARTLY_SUBSTANTIATED, STAFF_ERROR: 拒绝受理属实"), entry.summary());
        }

        @Test
        void a_not_substantiated_finding_needs_no_parts_and_an_other_cause_is_described() {
            Complaint complaint = Cases.investigating();
            Finding finding = new Finding(Finding.Outcome.NOT_SUBSTANTIATED, null, Finding.Cause.OTHER, "排队系统故障", "系统日志");

            complaint.recordFinding(finding, SUPERVISOR, LATER);

            assertTrue(complaint.finding().orElseThrow().substantiatedParts().isEmpty());
            assertEquals(Optional.of("排队系统故障"), complaint.finding().orElseThrow().causeOther());
            assertEquals(Optional.of("NOT_SUBSTANTIATED, OTHER (排队系统故障)"), last(complaint).summary());
        }

        @Test
        void a_substantiated_finding_names_the_substantiated_parts() {
            for (Finding.Outcome outcome : List.of(Finding.Outcome.SUBSTANTIATED, Finding.Outcome.PARTLY_SUBSTANTIATED)) {
                TransitionRefused refused = assertThrows(TransitionRefused.class,
                        () -> new Finding(outcome, " ", Finding.Cause.STAFF_ERROR, null, "笔录"));
                assertEquals("required", refused.code());
                assertEquals(List.of("substantiatedParts"), refused.args());
            }
        }

        @Test
        void the_cause_other_needs_words() {
            TransitionRefused refused = assertThrows(TransitionRefused.class,
                    () -> new Finding(Finding.Outcome.NOT_SUBSTANTIATED, null, Finding.Cause.OTHER, null, "笔录"));
            assertEquals("required", refused.code());
            assertEquals(List.of("causeOther"), refused.args());
        }

        @Test
        void a_finding_needs_an_outcome_a_cause_and_a_basis() {
            assertEquals(List.of("outcome"), assertThrows(TransitionRefused.class,
                    () -> new Finding(null, "x", Finding.Cause.STAFF_ERROR, null, "b")).args());
            assertEquals(List.of("cause"), assertThrows(TransitionRefused.class,
                    () -> new Finding(Finding.Outcome.SUBSTANTIATED, "x", null, null, "b")).args());
            assertEquals(List.of("basis"), assertThrows(TransitionRefused.class,
                    () -> new Finding(Finding.Outcome.SUBSTANTIATED, "x", Finding.Cause.STAFF_ERROR, null, "")).args());
        }

        @Test
        void only_the_assigned_department_records_the_finding() {
            Complaint complaint = Cases.investigating();
            assertRefused("notDepartment", complaint, () -> complaint.recordFinding(FINDING, TAX_HANDLER, LATER));
            assertTrue(complaint.finding().isEmpty());
        }

        @Test
        void the_finding_is_recorded_only_while_investigating() {
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned, () -> assigned.recordFinding(FINDING, HANDLER, LATER));
            Complaint decided = Cases.decided();
            assertRefused("state", decided, () -> decided.recordFinding(FINDING, HANDLER, LATER));
        }

        @Test
        void reception_may_not_record_a_finding() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.recordFinding(FINDING, RECEPTION, LATER));
        }
    }

    // ================================================================== handling plan

    @Nested
    class ProposePlan {

        @Test
        void the_plan_of_a_normal_complaint_is_carried_out_at_once() {
            Complaint complaint = Cases.decided();
            assertFalse(complaint.planNeedsApproval());

            complaint.proposePlan(PLAN, HANDLER, Cases.PLANNED_AT);

            assertEquals(IMPLEMENTING, complaint.status());
            HandlingPlan plan = complaint.plan().orElseThrow();
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
                assertTrue(complaint.planNeedsApproval());

                complaint.proposePlan(PLAN, HANDLER, Cases.PLANNED_AT);

                assertEquals(AWAITING_APPROVAL, complaint.status(), complaint.urgency().name());
                assertTrue(complaint.plan().orElseThrow().approvalRequired());
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
            assertRefused("notDepartment", complaint, () -> complaint.proposePlan(PLAN, TAX_HANDLER, LATER));
            assertTrue(complaint.plan().isEmpty());
        }

        @Test
        void a_plan_is_proposed_only_once_the_facts_are_decided() {
            Complaint complaint = Cases.investigating();
            assertRefused("state", complaint, () -> complaint.proposePlan(PLAN, HANDLER, LATER));
        }

        @Test
        void reception_may_not_propose_a_plan() {
            Complaint complaint = Cases.decided();
            assertRefused("role", complaint, () -> complaint.proposePlan(PLAN, RECEPTION, LATER));
        }
    }

    @Nested
    class ApprovePlan {

        @Test
        void the_supervisor_approves_the_plan_and_it_is_carried_out() {
            Complaint complaint = Cases.awaitingApproval();

            complaint.approvePlan(SUPERVISOR, Cases.APPROVED_AT);

            assertEquals(IMPLEMENTING, complaint.status());
            assertEquals(Optional.of(Cases.APPROVED_AT), complaint.plan().orElseThrow().approvedAt());
            assertEquals(Optional.of("zhao.min"), complaint.plan().orElseThrow().approvedBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.PLAN_APPROVED, AWAITING_APPROVAL, IMPLEMENTING,
                    SUPERVISOR, Cases.APPROVED_AT);
            assertTrue(entry.summary().isEmpty());
        }

        @Test
        void a_handler_may_not_approve_a_plan() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("role", complaint, () -> complaint.approvePlan(HANDLER, LATER));
            assertTrue(complaint.plan().orElseThrow().approvedAt().isEmpty());
        }

        @Test
        void a_plan_carried_out_at_once_is_not_approved() {
            Complaint complaint = Cases.implementing();
            assertRefused("state", complaint, () -> complaint.approvePlan(SUPERVISOR, LATER));
        }
    }

    @Nested
    class SendPlanBack {

        @Test
        void the_supervisor_sends_the_plan_back_with_a_reason() {
            Complaint complaint = Cases.awaitingApproval();

            complaint.sendPlanBack("措施不足，需追究责任", SUPERVISOR, LATER);

            assertEquals(DECIDED, complaint.status());
            assertEquals(Optional.of("措施不足，需追究责任"), complaint.planSentBackReason());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.PLAN_SENT_BACK, AWAITING_APPROVAL, DECIDED, SUPERVISOR, LATER);
            assertEquals(Optional.of("措施不足，需追究责任"), entry.summary());
        }

        @Test
        void a_new_proposal_clears_the_reason_it_was_sent_back_for() {
            Complaint complaint = Cases.awaitingApproval();
            complaint.sendPlanBack("措施不足", SUPERVISOR, LATER);
            HandlingPlan better = new HandlingPlan("道歉并给予批评教育", "孙丽", LocalDate.of(2026, 12, 9));

            complaint.proposePlan(better, HANDLER, LATER.plusSeconds(3600));

            assertEquals(AWAITING_APPROVAL, complaint.status());
            assertTrue(complaint.planSentBackReason().isEmpty());
            assertEquals("道歉并给予批评教育", complaint.plan().orElseThrow().measures());
        }

        @Test
        void sending_back_needs_a_reason() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("required", complaint, () -> complaint.sendPlanBack(" ", SUPERVISOR, LATER));
        }

        @Test
        void a_handler_may_not_send_a_plan_back() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("role", complaint, () -> complaint.sendPlanBack("不行", HANDLER, LATER));
        }

        @Test
        void a_plan_not_awaiting_approval_is_not_sent_back() {
            Complaint complaint = Cases.implementing();
            assertRefused("state", complaint, () -> complaint.sendPlanBack("不行", SUPERVISOR, LATER));
        }
    }

    // ================================================================== measures and completion

    @Nested
    class RecordMeasure {

        @Test
        void the_handler_records_a_measure_carried_out() {
            Complaint complaint = Cases.implementing();

            Measure measure = complaint.recordMeasure(Measure.Kind.BUSINESS_REDONE, " 重新受理并当日办结 ", HANDLER, Cases.MEASURED_AT);

            assertEquals(List.of(measure), complaint.measures());
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
            assertRefused("required", complaint, () -> complaint.recordMeasure(null, "x", HANDLER, LATER));
            assertRefused("required", complaint, () -> complaint.recordMeasure(Measure.Kind.OTHER, null, HANDLER, LATER));
        }

        @Test
        void only_the_assigned_department_records_measures() {
            Complaint complaint = Cases.implementing();
            assertRefused("notDepartment", complaint, () -> complaint.recordMeasure(Measure.Kind.APOLOGY, "x", TAX_HANDLER, LATER));
            assertTrue(complaint.measures().isEmpty());
        }

        @Test
        void measures_are_not_recorded_before_the_plan_is_carried_out() {
            Complaint complaint = Cases.awaitingApproval();
            assertRefused("state", complaint, () -> complaint.recordMeasure(Measure.Kind.APOLOGY, "x", HANDLER, LATER));
        }

        @Test
        void reception_may_not_record_measures() {
            Complaint complaint = Cases.implementing();
            assertRefused("role", complaint, () -> complaint.recordMeasure(Measure.Kind.APOLOGY, "x", RECEPTION, LATER));
        }
    }

    @Nested
    class CompleteHandling {

        @Test
        void completing_the_handling_starts_the_feedback_clock() {
            Complaint complaint = Cases.implementing();
            complaint.recordMeasure(Measure.Kind.APOLOGY, "当面道歉", HANDLER, Cases.MEASURED_AT);

            complaint.completeHandling(HANDLER, COMPLETED_AT, DEADLINES);

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
            assertRefused("noMeasures", complaint, () -> complaint.completeHandling(HANDLER, COMPLETED_AT, DEADLINES));
            assertTrue(complaint.deadlines().done(Stage.HANDLE).isEmpty());
        }

        @Test
        void an_appeal_round_needs_a_measure_of_its_own() {
            Complaint complaint = Cases.appealed();
            complaint.triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES);
            complaint.assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, LATER, DEADLINES);
            complaint.signFor(SECOND_HANDLER, LATER);
            complaint.recordFinding(FINDING, SECOND_HANDLER, LATER);
            complaint.proposePlan(PLAN, SECOND_HANDLER, LATER);

            assertRefused("noMeasures", complaint, () -> complaint.completeHandling(SECOND_HANDLER, LATER, DEADLINES));
        }

        @Test
        void only_the_assigned_department_completes_the_handling() {
            Complaint complaint = Cases.implementing();
            complaint.recordMeasure(Measure.Kind.APOLOGY, "当面道歉", HANDLER, Cases.MEASURED_AT);
            assertRefused("notDepartment", complaint, () -> complaint.completeHandling(TAX_HANDLER, COMPLETED_AT, DEADLINES));
        }

        @Test
        void a_decided_case_is_not_completed() {
            Complaint complaint = Cases.decided();
            assertRefused("state", complaint, () -> complaint.completeHandling(HANDLER, COMPLETED_AT, DEADLINES));
        }

        @Test
        void reception_may_not_complete_the_handling() {
            Complaint complaint = Cases.implementing();
            complaint.recordMeasure(Measure.Kind.APOLOGY, "当面道歉", HANDLER, Cases.MEASURED_AT);
            assertRefused("role", complaint, () -> complaint.completeHandling(RECEPTION, COMPLETED_AT, DEADLINES));
        }
    }

    // ================================================================== extensions

    @Nested
    class Extensions {

        private static final Instant WANTED = Instant.parse("2026-12-10T09:30:00Z");

        @Test
        void a_handler_asks_for_more_time_for_the_running_stage() {
            Complaint complaint = Cases.investigating();

            Extension extension = complaint.requestExtension(WANTED, "需调取外单位档案", HANDLER, LATER);

            assertEquals(List.of(extension), complaint.extensions());
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
            Extension extension = complaint.requestExtension(Instant.parse("2026-12-03T09:30:00Z"), "科长出差", HANDLER, LATER.minus(Duration.ofDays(5)));
            assertEquals(Stage.SIGN_FOR, extension.stage());
            assertEquals(Optional.of(SIGN_FOR_DUE), extension.previousDue());
        }

        @Test
        void the_requested_deadline_must_be_later_than_the_current_one_and_than_now() {
            Complaint complaint = Cases.investigating();
            assertRefused("extensionNotLater", complaint, () -> complaint.requestExtension(HANDLE_DUE, "x", HANDLER, LATER));
            assertRefused("extensionNotLater", complaint,
                    () -> complaint.requestExtension(HANDLE_DUE.minusSeconds(60), "x", HANDLER, LATER));
            Instant muchLater = Instant.parse("2026-12-20T02:00:00Z");
            assertRefused("extensionNotLater", complaint, () -> complaint.requestExtension(WANTED, "x", HANDLER, muchLater));
            assertRefused("required", complaint, () -> complaint.requestExtension(null, "x", HANDLER, LATER));
            assertTrue(complaint.extensions().isEmpty());
        }

        @Test
        void an_extension_needs_a_reason() {
            Complaint complaint = Cases.investigating();
            assertRefused("required", complaint, () -> complaint.requestExtension(WANTED, " ", HANDLER, LATER));
            assertTrue(complaint.extensions().isEmpty());
        }

        @Test
        void only_one_request_is_pending_at_a_time() {
            Complaint complaint = Cases.investigating();
            complaint.requestExtension(WANTED, "需调取档案", HANDLER, LATER);
            assertRefused("extensionPending", complaint,
                    () -> complaint.requestExtension(WANTED.plus(Duration.ofDays(1)), "再延", HANDLER, LATER));
            assertEquals(1, complaint.extensions().size());
        }

        @Test
        void only_the_assigned_department_asks_for_more_time() {
            Complaint complaint = Cases.investigating();
            assertRefused("notDepartment", complaint, () -> complaint.requestExtension(WANTED, "x", TAX_HANDLER, LATER));
        }

        @Test
        void no_extension_is_asked_before_the_case_is_with_a_department() {
            Complaint complaint = Cases.triaged();
            assertRefused("state", complaint, () -> complaint.requestExtension(WANTED, "x", SUPERVISOR, LATER));
        }

        @Test
        void reception_may_not_ask_for_an_extension() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.requestExtension(WANTED, "x", RECEPTION, LATER));
        }

        private Extension requested(Complaint complaint) {
            return Cases.identify(complaint.requestExtension(WANTED, "需调取外单位档案", HANDLER, LATER), 41L);
        }

        @Test
        void an_approved_extension_moves_the_deadline_and_keeps_both_on_record() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            Instant decidedAt = LATER.plusSeconds(1800);

            complaint.decideExtension(41L, true, "同意", SUPERVISOR, decidedAt);

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

            complaint.decideExtension(41L, false, "理由不充分", SUPERVISOR, LATER);

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
            complaint.decideExtension(41L, false, "理由不充分", SUPERVISOR, LATER);

            Extension again = complaint.requestExtension(WANTED, "补充理由", HANDLER, LATER);

            assertEquals(Extension.State.PENDING, again.state());
            assertEquals(2, complaint.extensions().size());
        }

        @Test
        void a_rejection_needs_a_note() {
            Complaint complaint = Cases.investigating();
            requested(complaint);
            TransitionRefused refused = assertRefused("required", complaint,
                    () -> complaint.decideExtension(41L, false, " ", SUPERVISOR, LATER));
            assertEquals(List.of("note"), refused.args());
        }

        @Test
        void a_rejection_refused_for_want_of_a_note_leaves_the_request_pending() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            assertThrows(TransitionRefused.class, () -> complaint.decideExtension(41L, false, null, SUPERVISOR, LATER));
            assertEquals(Extension.State.PENDING, extension.state());
        }

        @Test
        void an_extension_is_decided_once() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            complaint.decideExtension(41L, true, null, SUPERVISOR, LATER);

            assertRefused("extensionDecided", complaint, () -> complaint.decideExtension(41L, false, "撤回", SUPERVISOR, LATER));

            assertEquals(Extension.State.APPROVED, extension.state());
            assertTrue(extension.decisionNote().isEmpty());
        }

        @Test
        void an_unknown_extension_is_refused() {
            Complaint complaint = Cases.investigating();
            requested(complaint);
            assertRefused("unknownExtension", complaint, () -> complaint.decideExtension(7L, true, null, SUPERVISOR, LATER));
        }

        @Test
        void only_a_supervisor_decides_an_extension() {
            Complaint complaint = Cases.investigating();
            Extension extension = requested(complaint);
            assertRefused("role", complaint, () -> complaint.decideExtension(41L, true, null, HANDLER, LATER));
            assertEquals(Extension.State.PENDING, extension.state());
        }

        @Test
        void no_extension_is_decided_on_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.decideExtension(41L, true, null, SUPERVISOR, LATER));
        }
    }

    // ================================================================== feedback and rating

    @Nested
    class RecordFeedback {

        @Test
        void feedback_to_the_complainant_closes_the_case_and_stops_the_clock() {
            Complaint complaint = Cases.awaitingFeedback();
            Feedback given = satisfied();

            complaint.recordFeedback(given, RECEPTION, FED_BACK_AT);

            assertEquals(CLOSED, complaint.status());
            Feedback feedback = complaint.feedback().orElseThrow();
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
            assertFalse(complaint.isDissatisfied());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.FEEDBACK_GIVEN, AWAITING_FEEDBACK, CLOSED, RECEPTION, FED_BACK_AT);
            assertEquals(Optional.of("PHONE, SATISFIED"), entry.summary());
        }

        @Test
        void the_handler_of_the_department_may_give_the_feedback() {
            Complaint complaint = Cases.awaitingFeedback();
            complaint.recordFeedback(satisfied(), HANDLER, FED_BACK_AT);
            assertEquals("sun.li", complaint.feedback().orElseThrow().givenBy());
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
            assertTrue(complaint.isDissatisfied());
        }

        @Test
        void a_handler_of_another_department_may_not_give_feedback() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("notDepartment", complaint, () -> complaint.recordFeedback(satisfied(), TAX_HANDLER, FED_BACK_AT));
            assertTrue(complaint.feedback().isEmpty());
        }

        @Test
        void feedback_is_given_only_once_handling_is_complete() {
            Complaint complaint = Cases.implementing();
            assertRefused("state", complaint, () -> complaint.recordFeedback(satisfied(), RECEPTION, FED_BACK_AT));
        }

        @Test
        void a_citizen_may_not_record_feedback() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("role", complaint, () -> complaint.recordFeedback(satisfied(), CITIZEN, FED_BACK_AT));
        }
    }

    @Nested
    class SkipFeedback {

        @Test
        void a_complainant_who_cannot_be_reached_gets_no_feedback_and_the_case_closes() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();

            complaint.skipFeedback("匿名投诉，无联系方式", RECEPTION, FED_BACK_AT);

            assertEquals(CLOSED, complaint.status());
            Feedback feedback = complaint.feedback().orElseThrow();
            assertTrue(feedback.isSkipped());
            assertEquals("匿名投诉，无联系方式", feedback.content());
            assertTrue(feedback.method().isEmpty());
            assertTrue(feedback.satisfaction().isEmpty());
            assertEquals(FED_BACK_AT, feedback.givenAt());
            assertEquals("wang.fang", feedback.givenBy());
            assertEquals(Optional.of(FED_BACK_AT), complaint.deadlines().done(Stage.FEEDBACK));
            assertTrue(complaint.deadlines().current().isEmpty());
            assertFalse(complaint.isDissatisfied());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.FEEDBACK_SKIPPED, AWAITING_FEEDBACK, CLOSED, RECEPTION, FED_BACK_AT);
            assertEquals(Optional.of("匿名投诉，无联系方式"), entry.summary());
        }

        @Test
        void feedback_is_not_skipped_when_the_complainant_can_be_reached() {
            Complaint byPhone = Cases.awaitingFeedback();
            assertRefused("contactAvailable", byPhone, () -> byPhone.skipFeedback("联系不上", RECEPTION, FED_BACK_AT));
            Complaint byLetter = Cases.builder().complainant(Complainant.named(null, null, "杭州市文三路100号")).awaitingFeedback();
            assertRefused("contactAvailable", byLetter, () -> byLetter.skipFeedback("联系不上", RECEPTION, FED_BACK_AT));
        }

        @Test
        void skipping_needs_a_reason() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();
            assertRefused("required", complaint, () -> complaint.skipFeedback("", RECEPTION, FED_BACK_AT));
        }

        @Test
        void feedback_is_skipped_only_once_handling_is_complete() {
            Complaint complaint = Cases.builder().anonymous().implementing();
            assertRefused("state", complaint, () -> complaint.skipFeedback("匿名", RECEPTION, FED_BACK_AT));
        }

        @Test
        void a_citizen_may_not_skip_feedback() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();
            assertRefused("role", complaint, () -> complaint.skipFeedback("匿名", CITIZEN, FED_BACK_AT));
        }

        @Test
        void a_handler_of_another_department_may_not_skip_feedback() {
            Complaint complaint = Cases.builder().anonymous().awaitingFeedback();
            assertRefused("notDepartment", complaint, () -> complaint.skipFeedback("匿名", TAX_HANDLER, FED_BACK_AT));
        }
    }

    @Nested
    class Rate {

        @Test
        void the_complainant_rates_a_closed_case_at_a_kiosk() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);

            complaint.rate(Satisfaction.VERY_SATISFIED, CITIZEN, LATER);

            assertEquals(CLOSED, complaint.status());
            assertEquals(Optional.of(Satisfaction.VERY_SATISFIED), complaint.citizenRating());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.RATED, CLOSED, CLOSED, CITIZEN, LATER);
            assertEquals(Optional.of("VERY_SATISFIED"), entry.summary());
        }

        @Test
        void a_case_resolved_on_the_spot_can_be_rated() {
            Complaint complaint = Cases.resolvedOnSpot();
            complaint.rate(Satisfaction.BASICALLY_SATISFIED, RECEPTION, LATER);
            assertEquals(Optional.of(Satisfaction.BASICALLY_SATISFIED), complaint.citizenRating());
            assertRecorded(complaint, HistoryAction.RATED, RESOLVED_ON_SPOT, RESOLVED_ON_SPOT, RECEPTION, LATER);
        }

        @Test
        void a_later_rating_decides_whether_the_complainant_is_dissatisfied() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            complaint.rate(Satisfaction.VERY_DISSATISFIED, CITIZEN, LATER);
            assertTrue(complaint.isDissatisfied());

            Complaint other = Cases.closed(Satisfaction.DISSATISFIED);
            other.rate(Satisfaction.SATISFIED, CITIZEN, LATER);
            assertFalse(other.isDissatisfied());
        }

        @Test
        void a_rating_needs_a_level() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            TransitionRefused refused = assertRefused("required", complaint, () -> complaint.rate(null, CITIZEN, LATER));
            assertEquals(List.of("satisfaction"), refused.args());
        }

        @Test
        void an_open_case_is_not_rated() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("state", complaint, () -> complaint.rate(Satisfaction.SATISFIED, CITIZEN, LATER));
            Complaint redirected = Cases.redirected();
            assertRefused("state", redirected, () -> redirected.rate(Satisfaction.SATISFIED, CITIZEN, LATER));
        }

        @Test
        void a_handler_may_not_rate() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("role", complaint, () -> complaint.rate(Satisfaction.VERY_SATISFIED, HANDLER, LATER));
            assertTrue(complaint.citizenRating().isEmpty());
        }
    }

    // ================================================================== appeal

    @Nested
    class Appeal {

        @Test
        void a_dissatisfied_complainant_appeals_and_the_case_is_re_examined() {
            Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);

            complaint.appeal(" 道歉流于形式 ", RECEPTION, APPEALED_AT, DEADLINES);

            assertEquals(APPEALED, complaint.status());
            assertEquals(1, complaint.appealRound());
            assertEquals(Optional.of("道歉流于形式"), complaint.appealReason());
            assertTrue(complaint.finding().isEmpty());
            assertTrue(complaint.plan().isEmpty());
            assertTrue(complaint.feedback().isEmpty());
            assertTrue(complaint.citizenRating().isEmpty());
            assertFalse(complaint.isDissatisfied());
            assertEquals(1, complaint.measures().size(), "the measures of the first round stay on file");
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
            complaint.rate(Satisfaction.DISSATISFIED, CITIZEN, APPEALED_AT);

            complaint.appeal("反悔", CITIZEN, APPEALED_AT, DEADLINES);

            assertEquals(APPEALED, complaint.status());
            assertRecorded(complaint, HistoryAction.APPEALED, CLOSED, APPEALED, CITIZEN, APPEALED_AT);
        }

        @Test
        void the_earlier_round_stays_in_the_history_and_a_second_appeal_counts_two() {
            Complaint complaint = Cases.appealed();
            List<HistoryEntry> firstRound = List.copyOf(complaint.history());
            Instant t = LATER;
            complaint.assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, t, DEADLINES);
            complaint.signFor(SECOND_HANDLER, t);
            complaint.recordFinding(FINDING, SECOND_HANDLER, t);
            complaint.proposePlan(PLAN, SECOND_HANDLER, t);
            complaint.recordMeasure(Measure.Kind.STAFF_EDUCATED, "批评教育", SECOND_HANDLER, t);
            complaint.completeHandling(SECOND_HANDLER, t, DEADLINES);
            complaint.recordFeedback(Feedback.given(Feedback.Method.PHONE, "复核结果", null, Satisfaction.VERY_DISSATISFIED, true),
                    RECEPTION, t);

            complaint.appeal("仍不满意", SUPERVISOR, t, DEADLINES);

            assertEquals(2, complaint.appealRound());
            assertEquals(firstRound, complaint.history().subList(0, firstRound.size()));
            assertEquals(Optional.of("round 2: 仍不满意"), last(complaint).summary());
        }

        @Test
        void a_complainant_who_is_not_dissatisfied_cannot_appeal() {
            Complaint satisfied = Cases.closed(Satisfaction.BASICALLY_SATISFIED);
            assertRefused("notDissatisfied", satisfied, () -> satisfied.appeal("想再查", RECEPTION, APPEALED_AT, DEADLINES));
            Complaint skipped = Cases.builder().anonymous().awaitingFeedback();
            skipped.skipFeedback("匿名", RECEPTION, FED_BACK_AT);
            assertRefused("notDissatisfied", skipped, () -> skipped.appeal("想再查", RECEPTION, APPEALED_AT, DEADLINES));
            assertEquals(0, satisfied.appealRound());
        }

        @Test
        void an_appeal_needs_a_reason() {
            Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);
            assertRefused("required", complaint, () -> complaint.appeal(" ", RECEPTION, APPEALED_AT, DEADLINES));
            assertEquals(0, complaint.appealRound());
            assertTrue(complaint.finding().isPresent());
        }

        @Test
        void only_a_closed_case_is_appealed() {
            Complaint complaint = Cases.awaitingFeedback();
            assertRefused("state", complaint, () -> complaint.appeal("不满意", RECEPTION, APPEALED_AT, DEADLINES));
            Complaint onSpot = Cases.resolvedOnSpot();
            onSpot.rate(Satisfaction.DISSATISFIED, CITIZEN, LATER);
            assertRefused("state", onSpot, () -> onSpot.appeal("不满意", CITIZEN, LATER, DEADLINES));
        }

        @Test
        void a_handler_may_not_appeal() {
            Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);
            assertRefused("role", complaint, () -> complaint.appeal("不满意", HANDLER, APPEALED_AT, DEADLINES));
        }
    }

    // ================================================================== archive and reopen

    @Nested
    class Archive {

        @Test
        void a_supervisor_archives_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);

            complaint.archive(SUPERVISOR, ARCHIVED_AT);

            assertEquals(ARCHIVED, complaint.status());
            assertEquals(Optional.of(ARCHIVED_AT), complaint.archivedAt());
            assertFalse(complaint.status().isOpen());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.ARCHIVED, CLOSED, ARCHIVED, SUPERVISOR, ARCHIVED_AT);
            assertTrue(entry.summary().isEmpty());
        }

        @Test
        void reception_archives_cases_finished_at_first_contact() {
            Complaint onSpot = Cases.resolvedOnSpot();
            onSpot.archive(RECEPTION, LATER);
            assertRecorded(onSpot, HistoryAction.ARCHIVED, RESOLVED_ON_SPOT, ARCHIVED, RECEPTION, LATER);

            Complaint redirected = Cases.redirected();
            redirected.archive(RECEPTION, LATER);
            assertRecorded(redirected, HistoryAction.ARCHIVED, REDIRECTED, ARCHIVED, RECEPTION, LATER);
        }

        @Test
        void reception_may_not_archive_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("role", complaint, () -> complaint.archive(RECEPTION, LATER));
            assertTrue(complaint.archivedAt().isEmpty());
        }

        @Test
        void a_citizen_may_not_archive() {
            Complaint complaint = Cases.resolvedOnSpot();
            assertRefused("role", complaint, () -> complaint.archive(CITIZEN, LATER));
        }

        @Test
        void an_open_case_is_not_archived() {
            Complaint complaint = Cases.investigating();
            TransitionRefused refused = assertRefused("state", complaint, () -> complaint.archive(SUPERVISOR, LATER));
            assertEquals(List.of("archive", INVESTIGATING), refused.args());
        }

        @Test
        void an_archived_case_is_not_archived_again() {
            Complaint complaint = Cases.archived();
            assertRefused("archived", complaint, () -> complaint.archive(SUPERVISOR, LATER));
            assertEquals(Optional.of(ARCHIVED_AT), complaint.archivedAt());
        }
    }

    @Nested
    class Reopen {

        @Test
        void a_supervisor_reopens_an_archived_case_to_the_status_it_had() {
            Complaint complaint = Cases.archived();

            complaint.reopen(" 上级督查要求复查 ", SUPERVISOR, LATER);

            assertEquals(CLOSED, complaint.status());
            assertTrue(complaint.archivedAt().isEmpty());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.REOPENED, ARCHIVED, CLOSED, SUPERVISOR, LATER);
            assertEquals(Optional.of("上级督查要求复查"), entry.summary());
        }

        @Test
        void a_case_archived_after_an_on_the_spot_resolution_reopens_as_such() {
            Complaint complaint = Cases.resolvedOnSpot();
            complaint.archive(RECEPTION, ARCHIVED_AT);
            complaint.reopen("复查", SUPERVISOR, LATER);
            assertEquals(RESOLVED_ON_SPOT, complaint.status());
        }

        @Test
        void a_reopened_case_can_be_archived_again() {
            Complaint complaint = Cases.archived();
            complaint.reopen("复查", SUPERVISOR, LATER);
            complaint.archive(SUPERVISOR, LATER.plusSeconds(60));
            assertEquals(ARCHIVED, complaint.status());
            assertEquals(Optional.of(LATER.plusSeconds(60)), complaint.archivedAt());
        }

        @Test
        void reopening_needs_a_reason() {
            Complaint complaint = Cases.archived();
            assertRefused("required", complaint, () -> complaint.reopen("  ", SUPERVISOR, LATER));
            assertRefused("required", complaint, () -> complaint.reopen(null, SUPERVISOR, LATER));
            assertEquals(Optional.of(ARCHIVED_AT), complaint.archivedAt());
        }

        @Test
        void only_a_supervisor_reopens() {
            Complaint complaint = Cases.archived();
            assertRefused("role", complaint, () -> complaint.reopen("复查", RECEPTION, LATER));
            assertRefused("role", complaint, () -> complaint.reopen("复查", SYSTEM, LATER));
        }

        @Test
        void a_case_that_is_not_archived_is_not_reopened() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            TransitionRefused refused = assertRefused("state", complaint, () -> complaint.reopen("复查", SUPERVISOR, LATER));
            assertEquals(List.of("reopen", CLOSED), refused.args());
        }

        @Test
        void a_supervisor_complained_about_may_not_reopen_the_case() {
            Complaint complaint = Cases.builder().about("liu.yang").archived();
            assertRefused("recusal", complaint, () -> complaint.reopen("复查", OTHER_SUPERVISOR, LATER));
        }
    }

    // ================================================================== escalation

    @Nested
    class Supervise {

        @Test
        void a_supervisor_puts_an_open_case_under_supervision() {
            Complaint complaint = Cases.investigating();

            complaint.supervise(" 超期未反馈 ", SUPERVISOR, LATER);

            assertTrue(complaint.isSupervised());
            assertEquals(Optional.of("超期未反馈"), complaint.supervisionReason());
            assertEquals(INVESTIGATING, complaint.status());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.SUPERVISED, INVESTIGATING, INVESTIGATING, SUPERVISOR, LATER);
            assertEquals(Optional.of("超期未反馈"), entry.summary());
        }

        @Test
        void an_escalation_rule_may_supervise_a_case() {
            Complaint complaint = Cases.assigned();
            complaint.supervise("签收超时", SYSTEM, LATER);
            assertTrue(complaint.isSupervised());
            assertRecorded(complaint, HistoryAction.SUPERVISED, ASSIGNED, ASSIGNED, SYSTEM, LATER);
        }

        @Test
        void supervision_needs_a_reason() {
            Complaint complaint = Cases.investigating();
            assertRefused("required", complaint, () -> complaint.supervise("", SUPERVISOR, LATER));
        }

        @Test
        void a_supervision_refused_for_want_of_a_reason_leaves_the_case_unsupervised() {
            Complaint complaint = Cases.investigating();
            assertThrows(TransitionRefused.class, () -> complaint.supervise(" ", SUPERVISOR, LATER));
            assertFalse(complaint.isSupervised());
        }

        @Test
        void a_finished_case_is_not_supervised() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.supervise("督办", SUPERVISOR, LATER));
            assertFalse(complaint.isSupervised());
        }

        @Test
        void a_handler_may_not_supervise() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.supervise("督办", HANDLER, LATER));
            assertFalse(complaint.isSupervised());
        }
    }

    @Nested
    class RaiseUrgency {

        @Test
        void raising_the_urgency_before_the_first_response_shortens_its_deadline() {
            Complaint complaint = Cases.registered();

            complaint.raiseUrgency(Urgency.URGENT, "涉及老年人权益", SUPERVISOR, LATER, DEADLINES);

            assertEquals(Urgency.URGENT, complaint.urgency());
            assertEquals(Optional.of(ACK_DUE_URGENT), complaint.deadlines().due(Stage.ACKNOWLEDGE));
            assertEquals(Optional.of(ACK_DUE_URGENT), complaint.deadlines().current());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.URGENCY_RAISED, REGISTERED, REGISTERED, SUPERVISOR, LATER);
            assertEquals(Optional.of("NORMAL → URGENT: 涉及老年人权益"), entry.summary());
        }

        @Test
        void a_rule_may_raise_the_urgency_and_a_running_later_stage_keeps_its_deadline() {
            Complaint complaint = Cases.investigating();

            complaint.raiseUrgency(Urgency.EMERGENCY, "舆情发酵", SYSTEM, LATER, DEADLINES);

            assertEquals(Urgency.EMERGENCY, complaint.urgency());
            assertEquals(Optional.of(HANDLE_DUE), complaint.deadlines().current());
            assertTrue(complaint.planNeedsApproval());
            assertRecorded(complaint, HistoryAction.URGENCY_RAISED, INVESTIGATING, INVESTIGATING, SYSTEM, LATER);
        }

        @Test
        void the_urgency_is_only_ever_raised() {
            Complaint complaint = Cases.triaged(Urgency.URGENT);
            TransitionRefused same = assertRefused("urgencyNotHigher", complaint,
                    () -> complaint.raiseUrgency(Urgency.URGENT, "x", SUPERVISOR, LATER, DEADLINES));
            assertEquals(List.of(Urgency.URGENT), same.args());
            assertRefused("urgencyNotHigher", complaint,
                    () -> complaint.raiseUrgency(Urgency.NORMAL, "x", SUPERVISOR, LATER, DEADLINES));
            assertRefused("urgencyNotHigher", complaint,
                    () -> complaint.raiseUrgency(null, "x", SUPERVISOR, LATER, DEADLINES));
            assertEquals(Urgency.URGENT, complaint.urgency());
        }

        @Test
        void raising_needs_a_reason() {
            Complaint complaint = Cases.registered();
            assertRefused("required", complaint,
                    () -> complaint.raiseUrgency(Urgency.URGENT, " ", SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void a_raise_refused_for_want_of_a_reason_changes_nothing() {
            Complaint complaint = Cases.registered();
            assertThrows(TransitionRefused.class,
                    () -> complaint.raiseUrgency(Urgency.EMERGENCY, " ", SUPERVISOR, LATER, DEADLINES));
            assertEquals(Urgency.NORMAL, complaint.urgency());
            assertEquals(Optional.of(ACK_DUE_NORMAL), complaint.deadlines().current());
        }

        @Test
        void raising_the_urgency_of_an_appealed_case_counts_from_the_appeal() {
            Complaint complaint = Cases.appealed();
            complaint.raiseUrgency(Urgency.URGENT, "舆情", SUPERVISOR, APPEALED_AT, DEADLINES);
            assertEquals(Optional.of(APPEALED_AT.plus(Duration.ofHours(4))), complaint.deadlines().current());
        }

        @Test
        void a_finished_case_keeps_its_urgency() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.raiseUrgency(Urgency.URGENT, "x", SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void reception_may_not_raise_the_urgency() {
            Complaint complaint = Cases.registered();
            assertRefused("role", complaint, () -> complaint.raiseUrgency(Urgency.URGENT, "x", RECEPTION, LATER, DEADLINES));
        }
    }

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
            TransitionRefused refused = assertRefused("recusal", assigned, () -> assigned.signFor(COMPLAINED_ABOUT, SIGNED_FOR_AT));
            assertEquals(List.of("zhang.wei"), refused.args());
            assertRefused("recusal", assigned, () -> assigned.returnAssignment("回避", COMPLAINED_ABOUT, SIGNED_FOR_AT));

            Complaint investigating = Cases.investigating();
            assertRefused("recusal", investigating,
                    () -> investigating.addNote(InvestigationNote.Kind.OTHER, "我没有", COMPLAINED_ABOUT, LATER));
            assertRefused("recusal", investigating, () -> investigating.recordFinding(
                    new Finding(Finding.Outcome.NOT_SUBSTANTIATED, null, Finding.Cause.OBJECTIVE_FACTOR, null, "本人陈述"),
                    COMPLAINED_ABOUT, LATER));
            assertRefused("recusal", investigating, () -> investigating.addEvidence(PHOTO, null, COMPLAINED_ABOUT, LATER));
        }

        @Test
        void a_supervisor_complained_about_may_not_triage_assign_or_close_the_case() {
            Actor accused = OTHER_SUPERVISOR;
            Complaint registered = Cases.builder().about("liu.yang").registered();
            assertRefused("recusal", registered,
                    () -> registered.triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, accused, LATER, DEADLINES));
            Complaint triaged = Cases.builder().about("liu.yang").triaged();
            assertRefused("recusal", triaged,
                    () -> triaged.assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, accused, LATER, DEADLINES));
            Complaint closed = Cases.builder().about("liu.yang").closed(Satisfaction.SATISFIED);
            assertRefused("recusal", closed, () -> closed.archive(accused, LATER));
            assertRefused("recusal", closed, () -> closed.rate(Satisfaction.VERY_DISSATISFIED, accused, LATER));
        }

        @Test
        void a_clerk_complained_about_may_not_give_the_feedback_or_add_evidence() {
            Complaint complaint = Cases.builder().about("li.na").awaitingFeedback();
            assertRefused("recusal", complaint, () -> complaint.recordFeedback(satisfied(), OTHER_RECEPTION, FED_BACK_AT));
            assertRefused("recusal", complaint, () -> complaint.addEvidence(PHOTO, null, OTHER_RECEPTION, LATER));
            assertRefused("recusal", complaint, () -> complaint.decideDuplicate(1L, true, OTHER_RECEPTION, LATER));
        }

        @Test
        void a_clerk_complained_about_may_not_correct_the_registration() {
            Complaint complaint = Cases.builder().about("li.na").registered();
            assertRefused("recusal", complaint,
                    () -> complaint.updateRegistration(Registration.empty(), null, OTHER_RECEPTION, LATER));
            assertTrue(complaint.isAbout("li.na"));
        }

        @Test
        void a_clerk_may_not_accept_a_complaint_that_names_them() {
            Complaint complaint = Cases.received();
            assertRefused("recusal", complaint,
                    () -> complaint.accept(Cases.registrationAbout("wang.fang"), null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT));
        }
    }

    // ================================================================== history

    @Nested
    class History {

        private Complaint aLongLife() {
            Complaint complaint = Cases.appealed();
            Instant t = LATER;
            complaint.triage(CATEGORY, null, Urgency.URGENT, ORDINARY, SUPERVISOR, t, DEADLINES);
            complaint.supervise("申诉案件", SUPERVISOR, t);
            complaint.assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, t, DEADLINES);
            complaint.signFor(SECOND_HANDLER, t);
            complaint.addNote(InvestigationNote.Kind.INTERVIEW, "询问当事人", SECOND_HANDLER, t);
            complaint.recordFinding(FINDING, SECOND_HANDLER, t);
            complaint.proposePlan(PLAN, SECOND_HANDLER, t);
            complaint.sendPlanBack("不足", SUPERVISOR, t);
            complaint.proposePlan(PLAN, SECOND_HANDLER, t);
            complaint.approvePlan(SUPERVISOR, t);
            complaint.recordMeasure(Measure.Kind.STAFF_DISCIPLINED, "通报批评", SECOND_HANDLER, t);
            complaint.completeHandling(SECOND_HANDLER, t, DEADLINES);
            complaint.recordFeedback(satisfied(), RECEPTION, t);
            complaint.rate(Satisfaction.VERY_SATISFIED, CITIZEN, t);
            complaint.archive(SUPERVISOR, t);
            complaint.reopen("复查", SUPERVISOR, t);
            complaint.archive(SUPERVISOR, t);
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

            complaint.recordFinding(FINDING, HANDLER, LATER);
            complaint.proposePlan(PLAN, HANDLER, LATER);

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
            assertThrows(UnsupportedOperationException.class, () -> complaint.measures().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.notes().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.evidence().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.extensions().clear());
            assertThrows(UnsupportedOperationException.class, () -> complaint.duplicateFlags().clear());
            assertEquals(1, complaint.measures().size());
        }

        @Test
        void the_history_view_follows_new_entries() {
            Complaint complaint = Cases.investigating();
            List<HistoryEntry> view = complaint.history();
            int size = view.size();
            complaint.addNote(InvestigationNote.Kind.OTHER, "x", HANDLER, LATER);
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
                        c -> c.accept(Registration.empty(), null, SUPERVISOR, "赵敏", LATER)),
                new Transition("updateRegistration", EnumSet.of(REGISTERED, TRIAGED, RETURNED),
                        c -> c.updateRegistration(Cases.registrationAbout("zhang.wei"), null, SUPERVISOR, LATER)),
                new Transition("resolveOnSpot", EnumSet.of(RECEIVED),
                        c -> c.resolveOnSpot("已处理", SUPERVISOR, "赵敏", LATER)),
                new Transition("redirect", EnumSet.of(RECEIVED),
                        c -> c.redirect(new Referral(HOUSING_BUREAU, "不属于本中心"), SUPERVISOR, "赵敏", LATER)),
                new Transition("triage", EnumSet.of(REGISTERED, TRIAGED, RETURNED, APPEALED),
                        c -> c.triage(CATEGORY, null, Urgency.NORMAL, ORDINARY, SUPERVISOR, LATER, DEADLINES)),
                new Transition("decideDuplicate", OPEN,
                        c -> c.decideDuplicate(1L, true, SUPERVISOR, LATER)),
                new Transition("assign", EnumSet.of(TRIAGED, RETURNED, APPEALED),
                        c -> c.assign(REAL_ESTATE, ZHOU_JIE, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES)),
                new Transition("signFor", EnumSet.of(ASSIGNED),
                        c -> c.signFor(SUPERVISOR, LATER)),
                new Transition("returnAssignment", EnumSet.of(ASSIGNED),
                        c -> c.returnAssignment("不是本部门", SUPERVISOR, LATER)),
                new Transition("addNote", EnumSet.of(INVESTIGATING, DECIDED, AWAITING_APPROVAL, IMPLEMENTING),
                        c -> c.addNote(InvestigationNote.Kind.OTHER, "笔录", SUPERVISOR, LATER)),
                new Transition("addEvidence", OPEN,
                        c -> c.addEvidence(PHOTO, null, SUPERVISOR, LATER)),
                new Transition("recordFinding", EnumSet.of(INVESTIGATING),
                        c -> c.recordFinding(FINDING, SUPERVISOR, LATER)),
                new Transition("proposePlan", EnumSet.of(DECIDED),
                        c -> c.proposePlan(PLAN, SUPERVISOR, LATER)),
                new Transition("approvePlan", EnumSet.of(AWAITING_APPROVAL),
                        c -> c.approvePlan(SUPERVISOR, LATER)),
                new Transition("sendPlanBack", EnumSet.of(AWAITING_APPROVAL),
                        c -> c.sendPlanBack("不足", SUPERVISOR, LATER)),
                new Transition("recordMeasure", EnumSet.of(IMPLEMENTING),
                        c -> c.recordMeasure(Measure.Kind.APOLOGY, "道歉", SUPERVISOR, LATER)),
                new Transition("completeHandling", EnumSet.of(IMPLEMENTING),
                        c -> c.completeHandling(SUPERVISOR, LATER, DEADLINES)),
                new Transition("requestExtension", ComplaintStatus.withDepartment(),
                        c -> c.requestExtension(wanted, "需要时间", SUPERVISOR, LATER)),
                new Transition("decideExtension", OPEN,
                        c -> c.decideExtension(1L, true, null, SUPERVISOR, LATER)),
                new Transition("recordFeedback", EnumSet.of(AWAITING_FEEDBACK),
                        c -> c.recordFeedback(satisfied(), SUPERVISOR, LATER)),
                new Transition("skipFeedback", EnumSet.of(AWAITING_FEEDBACK),
                        c -> c.skipFeedback("联系不上", SUPERVISOR, LATER)),
                new Transition("rate", EnumSet.of(CLOSED, RESOLVED_ON_SPOT),
                        c -> c.rate(Satisfaction.SATISFIED, SUPERVISOR, LATER)),
                new Transition("appeal", EnumSet.of(CLOSED),
                        c -> c.appeal("不满意", SUPERVISOR, LATER, DEADLINES)),
                new Transition("archive", EnumSet.of(CLOSED, RESOLVED_ON_SPOT, REDIRECTED),
                        c -> c.archive(SUPERVISOR, LATER)),
                new Transition("reopen", EnumSet.of(ARCHIVED),
                        c -> c.reopen("复查", SUPERVISOR, LATER)),
                new Transition("supervise", OPEN,
                        c -> c.supervise("督办", SUPERVISOR, LATER)),
                new Transition("raiseUrgency", OPEN,
                        c -> c.raiseUrgency(Urgency.EMERGENCY, "升级", SUPERVISOR, LATER, DEADLINES)));
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
        assertEquals(Optional.of(ARCHIVED_AT), complaint.archivedAt());
        assertFalse(complaint.isSupervised());
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
