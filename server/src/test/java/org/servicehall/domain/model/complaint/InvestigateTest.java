package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.ACCEPTED_AT;
import static org.servicehall.domain.model.complaint.Cases.APPEALED_AT;
import static org.servicehall.domain.model.complaint.Cases.ASSIGNED_AT;
import static org.servicehall.domain.model.complaint.Cases.CITIZEN;
import static org.servicehall.domain.model.complaint.Cases.COMPLETED_AT;
import static org.servicehall.domain.model.complaint.Cases.FED_BACK_AT;
import static org.servicehall.domain.model.complaint.Cases.FINDING;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.PHOTO;
import static org.servicehall.domain.model.complaint.Cases.PLAN;
import static org.servicehall.domain.model.complaint.Cases.QIAN_HAO;
import static org.servicehall.domain.model.complaint.Cases.REAL_ESTATE;
import static org.servicehall.domain.model.complaint.Cases.RECEIVED_AT;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.SCOPE;
import static org.servicehall.domain.model.complaint.Cases.SECOND_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.SHA256;
import static org.servicehall.domain.model.complaint.Cases.SIGNED_FOR_AT;
import static org.servicehall.domain.model.complaint.Cases.STANDARDS;
import static org.servicehall.domain.model.complaint.Cases.SUN_LI;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.Cases.TAX;
import static org.servicehall.domain.model.complaint.Cases.TAX_HANDLER;
import static org.servicehall.domain.model.complaint.Cases.ZHANG_WEI;
import static org.servicehall.domain.model.complaint.Cases.ZHOU_JIE;
import static org.servicehall.domain.model.complaint.Cases.staff;
import static org.servicehall.domain.model.complaint.ComplaintStatus.APPEALED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ASSIGNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.DECIDED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.INVESTIGATING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RECEIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RETURNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.TRIAGED;
import static org.servicehall.domain.model.complaint.Fixtures.DEADLINES;
import static org.servicehall.domain.model.complaint.Fixtures.HANDLE_DUE;
import static org.servicehall.domain.model.complaint.Fixtures.SIGN_FOR_DUE;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRecorded;
import static org.servicehall.domain.model.complaint.TransitionAssertions.assertRefused;
import static org.servicehall.domain.model.complaint.TransitionAssertions.last;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.Actor.Role;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 3 of {@link Complaint}: assigning the investigation, the department signing for it or
 * returning it, and what the investigation records (notes, evidence, the finding).
 */
class InvestigateTest {

    // ================================================================== assign

    @Nested
    class Assign {

        @Test
        void assigning_hands_the_case_to_a_department_and_starts_the_sign_for_clock() {
            Complaint complaint = Cases.triaged();

            complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, STANDARDS, null, SUPERVISOR, ASSIGNED_AT, DEADLINES);

            assertEquals(ASSIGNED, complaint.status());
            Assignment assignment = complaint.investigation().assignment().orElseThrow();
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
            complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, due, SUPERVISOR, ASSIGNED_AT, DEADLINES);
            assertEquals(Optional.of(due), complaint.deadlines().due(Stage.HANDLE));
            assertTrue(complaint.investigation().assignment().orElseThrow().standards().isEmpty());
        }

        @Test
        void an_assignment_needs_a_scope() {
            Complaint complaint = Cases.triaged();
            assertRefused("required", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, SUN_LI, " ", null, null, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertTrue(complaint.investigation().assignment().isEmpty());
        }

        @Test
        void a_returned_case_is_assigned_again_and_the_return_reason_is_cleared() {
            Complaint complaint = Cases.returned();
            assertTrue(complaint.investigation().returnReason().isPresent());

            complaint.investigation().assign(TAX, QIAN_HAO, "核实税务窗口收费", null, null, SUPERVISOR, LATER, DEADLINES);

            assertEquals(ASSIGNED, complaint.status());
            assertEquals("TAX", complaint.investigation().assignment().orElseThrow().departmentCode());
            assertTrue(complaint.investigation().returnReason().isEmpty());
            assertTrue(complaint.deadlines().done(Stage.SIGN_FOR).isEmpty());
            assertEquals(Optional.of(Instant.parse("2026-12-09T09:30:00Z")), complaint.deadlines().current());
            assertRecorded(complaint, HistoryAction.ASSIGNED, RETURNED, ASSIGNED, SUPERVISOR, LATER);
        }

        @Test
        void an_appeal_goes_to_a_handler_other_than_the_first() {
            Complaint complaint = Cases.appealed();

            complaint.investigation().assign(REAL_ESTATE, ZHOU_JIE, "复核原处理结果", null, null, SUPERVISOR, LATER, DEADLINES);

            assertEquals(ASSIGNED, complaint.status());
            assertEquals("zhou.jie", complaint.investigation().assignment().orElseThrow().handlerId());
            assertRecorded(complaint, HistoryAction.ASSIGNED, APPEALED, ASSIGNED, SUPERVISOR, LATER);
        }

        @Test
        void after_an_appeal_the_first_handler_is_refused() {
            Complaint complaint = Cases.appealed();
            TransitionRefused refused = assertRefused("sameHandler", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, SUN_LI, "复核", null, null, SUPERVISOR, LATER, DEADLINES));
            assertEquals(List.of("sun.li"), refused.args());
        }

        @Test
        void the_first_handler_may_be_assigned_again_after_a_return_without_appeal() {
            Complaint complaint = Cases.returned();
            complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES);
            assertEquals("sun.li", complaint.investigation().assignment().orElseThrow().handlerId());
        }

        @Test
        void after_an_appeal_the_handler_who_handled_the_case_is_refused() {
            Complaint complaint = Cases.returned();     // sun.li returned it without handling
            complaint.investigation().assign(REAL_ESTATE, ZHOU_JIE, SCOPE, null, null, SUPERVISOR, SIGNED_FOR_AT, DEADLINES);
            complaint.investigation().signFor(SECOND_HANDLER, SIGNED_FOR_AT);
            complaint.investigation().recordFinding(FINDING, SECOND_HANDLER, Cases.FOUND_AT);
            complaint.handling().proposePlan(PLAN, SECOND_HANDLER, Cases.PLANNED_AT);
            complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "道歉", SECOND_HANDLER, Cases.MEASURED_AT);
            complaint.handling().completeHandling(SECOND_HANDLER, COMPLETED_AT, DEADLINES);
            complaint.handling().recordFeedback(Feedback.given(Feedback.Method.PHONE, "结果", null, Satisfaction.DISSATISFIED, true),
                    RECEPTION, FED_BACK_AT);
            complaint.aftercare().appeal("不服", RECEPTION, APPEALED_AT, DEADLINES);

            assertRefused("sameHandler", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, ZHOU_JIE, "复核", null, null, SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void the_staff_member_complained_about_is_never_assigned() {
            Complaint complaint = Cases.triaged();
            TransitionRefused refused = assertRefused("recusal", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, ZHANG_WEI, SCOPE, null, null, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertEquals(List.of("zhang.wei"), refused.args());
            assertTrue(complaint.investigation().assignment().isEmpty());
        }

        @Test
        void the_handler_must_belong_to_the_department() {
            Complaint complaint = Cases.triaged();
            TransitionRefused refused = assertRefused("handlerNotInDepartment", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, QIAN_HAO, SCOPE, null, null, SUPERVISOR, ASSIGNED_AT, DEADLINES));
            assertEquals(List.of("qian.hao", "REAL_ESTATE"), refused.args());
            assertRefused("handlerNotInDepartment", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, new StaffRef("it.admin", "系统管理员", null), SCOPE, null, null,
                            SUPERVISOR, ASSIGNED_AT, DEADLINES));
        }

        @Test
        void a_handling_deadline_that_is_not_in_the_future_is_refused() {
            Complaint complaint = Cases.triaged();
            assertRefused("deadlineInPast", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, ASSIGNED_AT, SUPERVISOR,
                            ASSIGNED_AT, DEADLINES));
            assertRefused("deadlineInPast", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, RECEIVED_AT, SUPERVISOR,
                            ASSIGNED_AT, DEADLINES));
            assertTrue(complaint.investigation().assignment().isEmpty());
        }

        @Test
        void an_untriaged_or_already_assigned_case_cannot_be_assigned() {
            Complaint registered = Cases.registered();
            assertRefused("state", registered,
                    () -> registered.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES));
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned,
                    () -> assigned.investigation().assign(REAL_ESTATE, ZHOU_JIE, SCOPE, null, null, SUPERVISOR, LATER, DEADLINES));
        }

        @Test
        void only_a_supervisor_assigns() {
            Complaint complaint = Cases.triaged();
            assertRefused("role", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, RECEPTION, LATER, DEADLINES));
            assertRefused("role", complaint,
                    () -> complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, HANDLER, LATER, DEADLINES));
        }
    }

    // ================================================================== signFor / returnAssignment

    @Nested
    class SignFor {

        @Test
        void the_department_signs_for_the_case_and_the_handling_clock_runs() {
            Complaint complaint = Cases.assigned();

            complaint.investigation().signFor(HANDLER, SIGNED_FOR_AT);

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
            complaint.investigation().signFor(SECOND_HANDLER, SIGNED_FOR_AT);
            assertEquals(INVESTIGATING, complaint.status());
        }

        @Test
        void a_supervisor_may_sign_for_it() {
            Complaint complaint = Cases.assigned();
            complaint.investigation().signFor(SUPERVISOR, SIGNED_FOR_AT);
            assertRecorded(complaint, HistoryAction.SIGNED_FOR, ASSIGNED, INVESTIGATING, SUPERVISOR, SIGNED_FOR_AT);
        }

        @Test
        void a_handler_of_another_department_may_not_sign_for_it() {
            Complaint complaint = Cases.assigned();
            TransitionRefused refused = assertRefused("notDepartment", complaint,
                    () -> complaint.investigation().signFor(TAX_HANDLER, SIGNED_FOR_AT));
            assertEquals(List.of("qian.hao"), refused.args());
            assertRefused("notDepartment", complaint,
                    () -> complaint.investigation().signFor(staff("no.dept", Role.HANDLER, null), SIGNED_FOR_AT));
        }

        @Test
        void only_an_assigned_case_is_signed_for() {
            Complaint triaged = Cases.triaged();
            assertRefused("state", triaged, () -> triaged.investigation().signFor(HANDLER, LATER));
            Complaint investigating = Cases.investigating();
            assertRefused("state", investigating, () -> investigating.investigation().signFor(HANDLER, LATER));
        }

        @Test
        void reception_may_not_sign_for_a_case() {
            Complaint complaint = Cases.assigned();
            assertRefused("role", complaint, () -> complaint.investigation().signFor(RECEPTION, SIGNED_FOR_AT));
        }

        @Test
        void the_first_contact_owner_stays_accountable_until_sign_for_and_not_after() {
            assertTrue(Cases.registered().reception().firstContactAccountable());
            assertTrue(Cases.triaged().reception().firstContactAccountable());
            Complaint complaint = Cases.assigned();
            assertTrue(complaint.reception().firstContactAccountable());

            complaint.investigation().signFor(HANDLER, SIGNED_FOR_AT);

            assertFalse(complaint.reception().firstContactAccountable());
            assertEquals(Optional.of("wang.fang"), complaint.reception().firstContact().owner());
            assertFalse(Cases.closed(Satisfaction.SATISFIED).reception().firstContactAccountable());
        }

        @Test
        void the_first_contact_owner_stays_accountable_when_the_department_returns_the_case() {
            Complaint complaint = Cases.returned();
            assertTrue(complaint.reception().firstContactAccountable());
        }
    }

    @Nested
    class ReturnAssignment {

        @Test
        void the_department_returns_the_assignment_with_a_reason() {
            Complaint complaint = Cases.assigned();

            complaint.investigation().returnAssignment("  涉及税务窗口 ", HANDLER, SIGNED_FOR_AT);

            assertEquals(RETURNED, complaint.status());
            assertEquals(Optional.of("涉及税务窗口"), complaint.investigation().returnReason());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.RETURNED, ASSIGNED, RETURNED, HANDLER, SIGNED_FOR_AT);
            assertEquals(Optional.of("涉及税务窗口"), entry.summary());
        }

        @Test
        void a_return_needs_a_reason() {
            Complaint complaint = Cases.assigned();
            assertRefused("required", complaint, () -> complaint.investigation().returnAssignment(null, HANDLER, SIGNED_FOR_AT));
            assertRefused("required", complaint, () -> complaint.investigation().returnAssignment(" \t", HANDLER, SIGNED_FOR_AT));
            assertTrue(complaint.investigation().returnReason().isEmpty());
        }

        @Test
        void a_handler_of_another_department_may_not_return_it() {
            Complaint complaint = Cases.assigned();
            assertRefused("notDepartment", complaint, () -> complaint.investigation().returnAssignment("不是我们的",
                    TAX_HANDLER, SIGNED_FOR_AT));
        }

        @Test
        void a_signed_for_case_cannot_be_returned() {
            Complaint complaint = Cases.investigating();
            assertRefused("state", complaint, () -> complaint.investigation().returnAssignment("不是我们的", HANDLER, LATER));
        }

        @Test
        void reception_may_not_return_an_assignment() {
            Complaint complaint = Cases.assigned();
            assertRefused("role", complaint, () -> complaint.investigation().returnAssignment("不是我们的", RECEPTION, SIGNED_FOR_AT));
        }
    }

    // ================================================================== investigation: notes, evidence, finding

    @Nested
    class AddNote {

        @Test
        void the_handler_records_an_investigation_note() {
            Complaint complaint = Cases.investigating();

            InvestigationNote note = complaint.investigation().addNote(InvestigationNote.Kind.CCTV_REVIEWED,
                    " 调阅11月27日14时监控 ", HANDLER, LATER);

            assertEquals(List.of(note), complaint.investigation().notes());
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
                complaint.investigation().addNote(InvestigationNote.Kind.INTERVIEW, "补充询问", SUPERVISOR, LATER);
                assertEquals(1, complaint.investigation().notes().size());
            }
        }

        @Test
        void a_note_needs_a_kind_and_a_text() {
            Complaint complaint = Cases.investigating();
            assertRefused("required", complaint, () -> complaint.investigation().addNote(null, "文本", HANDLER, LATER));
            assertRefused("required", complaint, () -> complaint.investigation().addNote(InvestigationNote.Kind.OTHER, "", HANDLER, LATER));
            assertTrue(complaint.investigation().notes().isEmpty());
        }

        @Test
        void only_the_assigned_department_adds_notes() {
            Complaint complaint = Cases.investigating();
            assertRefused("notDepartment", complaint, () -> complaint.investigation().addNote(InvestigationNote.Kind.OTHER, "x", TAX_HANDLER, LATER));
            assertTrue(complaint.investigation().notes().isEmpty());
        }

        @Test
        void notes_are_not_added_before_sign_for() {
            Complaint complaint = Cases.assigned();
            assertRefused("state", complaint, () -> complaint.investigation().addNote(InvestigationNote.Kind.OTHER, "x", HANDLER, LATER));
        }

        @Test
        void reception_may_not_add_notes() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.investigation().addNote(InvestigationNote.Kind.OTHER, "x", RECEPTION, LATER));
        }
    }

    @Nested
    class AddEvidence {

        @Test
        void reception_keeps_evidence_handed_in_with_the_complaint() {
            Complaint complaint = Cases.received();

            Evidence item = complaint.investigation().addEvidence(PHOTO, "现场照片", RECEPTION, ACCEPTED_AT);

            assertEquals(List.of(item), complaint.investigation().evidence());
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
            complaint.investigation().addEvidence(PHOTO, null, HANDLER, LATER);
            assertEquals(1, complaint.investigation().evidence().size());
            assertRecorded(complaint, HistoryAction.EVIDENCE_ADDED, INVESTIGATING, INVESTIGATING, HANDLER, LATER);
        }

        @Test
        void a_file_without_a_sha256_digest_is_refused() {
            Complaint complaint = Cases.received();
            Evidence.StoredFile bad = new Evidence.StoredFile("a.jpg", "image/jpeg", 1, "ABC", "k");
            assertThrows(IllegalArgumentException.class, () -> complaint.investigation().addEvidence(bad, null, RECEPTION, LATER));
            assertTrue(complaint.investigation().evidence().isEmpty());
        }

        @Test
        void a_handler_of_another_department_may_not_add_evidence() {
            Complaint complaint = Cases.investigating();
            assertRefused("notDepartment", complaint, () -> complaint.investigation().addEvidence(PHOTO, null, TAX_HANDLER, LATER));
        }

        @Test
        void the_complainant_sends_a_file_through_the_complaint_s_channel_while_it_is_open() {
            Complaint complaint = Cases.investigating();
            Evidence item = complaint.reception().receiveEvidence(PHOTO, null, Actor.citizen("EMAIL"), LATER);
            assertEquals(List.of(item), complaint.investigation().evidence());
            assertEquals(Actor.ANONYMOUS, item.addedBy());
            HistoryEntry entry = assertRecorded(complaint, HistoryAction.EVIDENCE_ADDED, INVESTIGATING, INVESTIGATING,
                    Actor.citizen("EMAIL"), LATER);
            assertEquals(Optional.of("from complainant: window3.jpg sha256=" + SHA256), entry.summary());

            Complaint closed = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", closed, () -> closed.reception().receiveEvidence(PHOTO, null, Actor.citizen("EMAIL"), LATER));
            assertRefused("role", complaint, () -> complaint.reception().receiveEvidence(PHOTO, null, RECEPTION, LATER));
        }

        @Test
        void no_evidence_is_added_to_a_closed_case() {
            Complaint complaint = Cases.closed(Satisfaction.SATISFIED);
            assertRefused("state", complaint, () -> complaint.investigation().addEvidence(PHOTO, null, SUPERVISOR, LATER));
        }

        @Test
        void a_citizen_may_not_add_evidence_to_the_case_file() {
            Complaint complaint = Cases.received();
            assertRefused("role", complaint, () -> complaint.investigation().addEvidence(PHOTO, null, CITIZEN, LATER));
        }
    }

    @Nested
    class RecordFinding {

        @Test
        void the_finding_decides_the_investigation() {
            Complaint complaint = Cases.investigating();

            complaint.investigation().recordFinding(FINDING, HANDLER, Cases.FOUND_AT);

            assertEquals(DECIDED, complaint.status());
            Finding finding = complaint.investigation().finding().orElseThrow();
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

            complaint.investigation().recordFinding(finding, SUPERVISOR, LATER);

            assertTrue(complaint.investigation().finding().orElseThrow().substantiatedParts().isEmpty());
            assertEquals(Optional.of("排队系统故障"), complaint.investigation().finding().orElseThrow().causeOther());
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
            assertRefused("notDepartment", complaint, () -> complaint.investigation().recordFinding(FINDING, TAX_HANDLER, LATER));
            assertTrue(complaint.investigation().finding().isEmpty());
        }

        @Test
        void the_finding_is_recorded_only_while_investigating() {
            Complaint assigned = Cases.assigned();
            assertRefused("state", assigned, () -> assigned.investigation().recordFinding(FINDING, HANDLER, LATER));
            Complaint decided = Cases.decided();
            assertRefused("state", decided, () -> decided.investigation().recordFinding(FINDING, HANDLER, LATER));
        }

        @Test
        void reception_may_not_record_a_finding() {
            Complaint complaint = Cases.investigating();
            assertRefused("role", complaint, () -> complaint.investigation().recordFinding(FINDING, RECEPTION, LATER));
        }
    }
}
