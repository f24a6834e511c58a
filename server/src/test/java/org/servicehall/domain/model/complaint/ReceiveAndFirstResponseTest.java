package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.ACCEPTED_AT;
import static org.servicehall.domain.model.complaint.Cases.CITIZEN;
import static org.servicehall.domain.model.complaint.Cases.COMPLAINANT;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.HOUSING_BUREAU;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.OTHER_RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.RECEIVED_AT;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION_NAME;
import static org.servicehall.domain.model.complaint.Cases.SERVICE_STEP;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RECEIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REDIRECTED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REGISTERED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RESOLVED_ON_SPOT;
import static org.servicehall.domain.model.complaint.Fixtures.ACK_DUE_NORMAL;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRecorded;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRefused;
import static org.servicehall.domain.model.complaint.TransitionAssertions.last;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 1 of {@link Complaint}: receiving a complaint and the first response to it (accept,
 * correct the registration, resolve on the spot, redirect).
 */
class ReceiveAndFirstResponseTest {

    // ================================================================== receive

    @Nested
    class Receive {

        @Test
        void a_complaint_filed_at_a_kiosk_has_no_first_contact_owner_yet() {
            Complaint complaint = Cases.received();
            assertEquals(RECEIVED, complaint.status());
            assertTrue(complaint.reception().firstContact().owner().isEmpty());
            assertFalse(complaint.reception().firstContactAccountable());
        }

        @Test
        void a_complaint_received_at_a_window_makes_the_clerk_its_first_contact_owner() {
            Complaint complaint = Cases.receivedAtWindow();
            assertEquals(Optional.of("wang.fang"), complaint.reception().firstContact().owner());
            assertEquals(Optional.of("window-1"), complaint.reception().receivingTerminal());
            assertTrue(complaint.reception().firstContactAccountable());
            assertRecorded(complaint, HistoryAction.FILED, null, RECEIVED, RECEPTION, RECEIVED_AT);
        }

        @Test
        void a_complaint_filed_by_a_handler_has_no_first_contact_owner() {
            Complaint complaint = Cases.builder().receivedBy(HANDLER).received();
            assertTrue(complaint.reception().firstContact().owner().isEmpty());
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

            complaint.reception().accept(form, null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);

            assertEquals(REGISTERED, complaint.status());
            assertSame(form, complaint.registration());
            assertEquals(Optional.of("wang.fang"), complaint.reception().firstContact().owner());
            assertEquals(Optional.of("王芳"), complaint.reception().firstContact().name());
            assertTrue(complaint.reception().firstContactAccountable());
            assertSame(COMPLAINANT, complaint.complainant());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.ACCEPTED, RECEIVED, REGISTERED, RECEPTION, ACCEPTED_AT);
            assertEquals(Optional.of(SERVICE_STEP), entry.summary());
        }

        @Test
        void the_complainant_as_registered_replaces_the_filed_one() {
            Complaint complaint = Cases.builder().anonymous().received();
            Complainant registered = Complainant.named("李四", null, "杭州市西湖区文三路100号");

            complaint.reception().accept(Cases.registrationAbout(null), registered, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);

            assertSame(registered, complaint.complainant());
        }

        @Test
        void a_supervisor_may_accept_and_then_owns_the_first_contact() {
            Complaint complaint = Cases.received();
            complaint.reception().accept(Cases.registrationAbout(null), null, SUPERVISOR, "赵敏", ACCEPTED_AT);
            assertEquals(Optional.of("zhao.min"), complaint.reception().firstContact().owner());
            assertEquals(Optional.of("赵敏"), complaint.reception().firstContact().name());
            assertRecorded(complaint, HistoryAction.ACCEPTED, RECEIVED, REGISTERED, SUPERVISOR, ACCEPTED_AT);
        }

        @Test
        void the_clerk_who_received_it_at_the_window_stays_the_owner_and_gets_the_name() {
            Complaint complaint = Cases.receivedAtWindow();
            complaint.reception().accept(Cases.registrationAbout(null), null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);
            assertEquals(Optional.of("wang.fang"), complaint.reception().firstContact().owner());
            assertEquals(Optional.of("王芳"), complaint.reception().firstContact().name());
        }

        @Test
        void a_form_without_service_step_gives_an_entry_without_summary() {
            Complaint complaint = Cases.received();
            complaint.reception().accept(Registration.empty(), null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);
            assertTrue(last(complaint).summary().isEmpty());
        }

        @Test
        void the_first_contact_name_belongs_to_the_first_contact_owner() {
            Complaint complaint = Cases.receivedAtWindow();   // owner wang.fang, no name yet

            complaint.reception().accept(Cases.registrationAbout(null), null, OTHER_RECEPTION, "李娜", ACCEPTED_AT);

            assertEquals(complaint.reception().firstContact().owner().equals(Optional.of("li.na")),
                    complaint.reception().firstContact().name().equals(Optional.of("李娜")),
                    "owner " + complaint.reception().firstContact().owner() + " shown as " + complaint.reception().firstContact().name());
        }

        @Test
        void accepting_is_refused_once_registered() {
            Complaint complaint = Cases.registered();
            assertRefused("state", complaint,
                    () -> complaint.reception().accept(Registration.empty(), null, RECEPTION, RECEPTION_NAME, Cases.LATER));
        }

        @Test
        void a_handler_or_citizen_may_not_accept() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint,
                    () -> complaint.reception().accept(Registration.empty(), null, HANDLER, "孙丽", ACCEPTED_AT));
            assertRefused("role", complaint,
                    () -> complaint.reception().accept(Registration.empty(), null, CITIZEN, "张三", ACCEPTED_AT));
            assertTrue(complaint.reception().firstContact().owner().isEmpty());
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

            complaint.reception().updateRegistration(corrected, phone, SUPERVISOR, LATER);

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
                complaint.reception().updateRegistration(Cases.registrationAbout(null), null, RECEPTION, LATER);
                assertEquals(status, complaint.status());
                assertRecorded(complaint, HistoryAction.REGISTRATION_UPDATED, status, status, RECEPTION, LATER);
                assertSame(COMPLAINANT, complaint.complainant());
            }
        }

        @Test
        void the_form_cannot_be_changed_before_acceptance_or_once_with_a_department() {
            Complaint received = Cases.received();
            assertRefused("state", received, () -> received.reception().updateRegistration(Registration.empty(), null, RECEPTION, LATER));
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned, () -> assigned.reception().updateRegistration(Registration.empty(), null, RECEPTION, LATER));
        }

        @Test
        void a_handler_may_not_change_the_form() {
            Complaint complaint = Cases.registered();
            assertRefused("role", complaint, () -> complaint.reception().updateRegistration(Registration.empty(), null, HANDLER, LATER));
            assertEquals(Optional.of("zhang.wei"), complaint.registration().staffComplainedAboutId());
        }
    }

    // ================================================================== resolveOnSpot

    @Nested
    class ResolveOnSpot {

        @Test
        void resolving_on_the_spot_names_the_owner_completes_the_acknowledgement_and_stops_the_clock() {
            Complaint complaint = Cases.received();

            complaint.reception().resolveOnSpot("  当场协调窗口重新受理 ", RECEPTION, RECEPTION_NAME, ACCEPTED_AT);

            assertEquals(RESOLVED_ON_SPOT, complaint.status());
            assertEquals(Optional.of("当场协调窗口重新受理"), complaint.reception().onSpotResolution());
            assertEquals(Optional.of("wang.fang"), complaint.reception().firstContact().owner());
            assertEquals(Optional.of("王芳"), complaint.reception().firstContact().name());
            assertEquals(Optional.of(ACCEPTED_AT), complaint.deadlines().done(Stage.ACKNOWLEDGE));
            assertTrue(complaint.deadlines().current().isEmpty());
            assertTrue(complaint.deadlines().currentStage().isEmpty());
            assertFalse(complaint.reception().firstContactAccountable());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.RESOLVED_ON_SPOT, RECEIVED, RESOLVED_ON_SPOT,
                    RECEPTION, ACCEPTED_AT);
            assertEquals(Optional.of("当场协调窗口重新受理"), entry.summary());
        }

        @Test
        void what_was_done_must_be_said() {
            Complaint complaint = Cases.received();
            TransitionRefused refused = assertRefused("required", complaint,
                    () -> complaint.reception().resolveOnSpot("  ", RECEPTION, RECEPTION_NAME, ACCEPTED_AT));
            assertEquals(List.of("whatWasDone"), refused.args());
            assertTrue(complaint.reception().firstContact().owner().isEmpty());
            assertTrue(complaint.deadlines().done(Stage.ACKNOWLEDGE).isEmpty());
        }

        @Test
        void only_a_received_complaint_can_be_resolved_on_the_spot() {
            Complaint complaint = Cases.registered();
            assertRefused("state", complaint, () -> complaint.reception().resolveOnSpot("已处理", RECEPTION, RECEPTION_NAME, LATER));
        }

        @Test
        void a_handler_may_not_resolve_on_the_spot() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint, () -> complaint.reception().resolveOnSpot("已处理", HANDLER, "孙丽", ACCEPTED_AT));
        }
    }

    // ================================================================== redirect

    @Nested
    class Redirect {

        @Test
        void redirecting_keeps_the_referral_names_the_owner_and_stops_the_clock() {
            Complaint complaint = Cases.received();
            Referral referral = new Referral(HOUSING_BUREAU, "公租房分配不属于本中心受理范围");

            complaint.reception().redirect(referral, SUPERVISOR, "赵敏", ACCEPTED_AT);

            assertEquals(REDIRECTED, complaint.status());
            Referral kept = complaint.reception().referral().orElseThrow();
            assertEquals("HOUSING_BUREAU", kept.agencyCode());
            assertEquals("市住房保障局", kept.agencyName());
            assertEquals("0571-12345678", kept.contact());
            assertEquals("公租房分配不属于本中心受理范围", kept.explanation());
            assertEquals(Optional.of("zhao.min"), complaint.reception().firstContact().owner());
            assertEquals(Optional.of("赵敏"), complaint.reception().firstContact().name());
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
                    () -> complaint.reception().redirect(new Referral(HOUSING_BUREAU, "不属于本中心"), RECEPTION, RECEPTION_NAME, LATER));
        }

        @Test
        void a_citizen_may_not_redirect() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint,
                    () -> complaint.reception().redirect(new Referral(HOUSING_BUREAU, "不属于本中心"), CITIZEN, "张三", ACCEPTED_AT));
            assertTrue(complaint.reception().referral().isEmpty());
        }
    }
}
