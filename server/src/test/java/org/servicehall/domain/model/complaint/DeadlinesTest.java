package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.FINDING;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.ORDINARY;
import static org.servicehall.domain.model.complaint.Cases.PLAN;
import static org.servicehall.domain.model.complaint.Cases.REAL_ESTATE;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION;
import static org.servicehall.domain.model.complaint.Cases.RECEPTION_NAME;
import static org.servicehall.domain.model.complaint.Cases.SCOPE;
import static org.servicehall.domain.model.complaint.Cases.SUN_LI;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.domain.model.calendar.DeadlineDefaults;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.calendar.WorkingCalendar;

/**
 * The deadlines a complaint carries, on the 2026 National Day calendar: holidays 1–7 October,
 * make-up working days Sunday 20 September and Saturday 10 October; the hall in Asia/Shanghai,
 * the working day ending at 17:30 (09:30 UTC).
 */
class DeadlinesTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    private static final WorkingCalendar NATIONAL_DAY_2026 = WorkingCalendar.of(nationalDayHolidays(),
            List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

    private static final DeadlinePolicy POLICY =
            new DeadlinePolicy(NATIONAL_DAY_2026, DeadlineDefaults.standard(), HALL, LocalTime.of(17, 30));

    private static List<LocalDate> nationalDayHolidays() {
        List<LocalDate> days = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            days.add(LocalDate.of(2026, 10, day));
        }
        return days;
    }

    // ------------------------------------------------------------------ helpers

    private static Complaint receivedAt(String instant) {
        return Cases.builder().policy(POLICY).receivedAt(Instant.parse(instant)).received();
    }

    /** Received, accepted and triaged at {@code instant}. */
    private static Complaint triagedAt(String instant, Urgency urgency) {
        Instant at = Instant.parse(instant);
        Complaint complaint = Cases.builder().policy(POLICY).receivedAt(at).received();
        complaint.reception().accept(Cases.registrationAbout("zhang.wei"), null, RECEPTION, RECEPTION_NAME, at);
        complaint.triage().triage(Cases.CATEGORY, null, urgency, ORDINARY, SUPERVISOR, at, POLICY);
        return complaint;
    }

    private static Complaint assignedAt(String instant, Urgency urgency) {
        Complaint complaint = triagedAt(instant, urgency);
        complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, null, SUPERVISOR, Instant.parse(instant), POLICY);
        return complaint;
    }

    /** Assigned, signed for and handled the same way as the standard case, completed at {@code completedAt}. */
    private static Complaint completedAt(String assignedAt, String completedAt) {
        Complaint complaint = assignedAt(assignedAt, Urgency.NORMAL);
        Instant done = Instant.parse(completedAt);
        complaint.investigation().signFor(HANDLER, done);
        complaint.investigation().recordFinding(FINDING, HANDLER, done);
        complaint.handling().proposePlan(PLAN, HANDLER, done);
        complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "当面道歉", HANDLER, done);
        complaint.handling().completeHandling(HANDLER, done, POLICY);
        return complaint;
    }

    private static void assertRunning(Complaint complaint, Stage stage, String due) {
        Instant expected = Instant.parse(due);
        assertEquals(Optional.of(stage), complaint.deadlines().currentStage(), "stage");
        assertEquals(Optional.of(expected), complaint.deadlines().due(stage), "due");
        assertEquals(Optional.of(expected), complaint.deadlines().current(), "current");
    }

    // ------------------------------------------------------------------ acknowledge, at receipt

    @Test
    void a_complaint_received_on_the_eve_of_national_day_is_acknowledged_after_the_holiday() {
        assertRunning(receivedAt("2026-09-30T02:00:00Z"), Stage.ACKNOWLEDGE, "2026-10-08T09:30:00Z");
    }

    @Test
    void a_complaint_received_on_a_holiday_counts_from_the_next_working_day() {
        assertRunning(receivedAt("2026-10-03T02:00:00Z"), Stage.ACKNOWLEDGE, "2026-10-08T09:30:00Z");
    }

    @Test
    void a_complaint_received_on_the_friday_before_a_make_up_sunday_is_due_that_sunday() {
        assertRunning(receivedAt("2026-09-18T02:00:00Z"), Stage.ACKNOWLEDGE, "2026-09-20T09:30:00Z");
    }

    @Test
    void a_complaint_received_after_hours_counts_from_the_day_it_was_received() {
        // Friday 18 September 19:00 in the hall
        assertRunning(receivedAt("2026-09-18T11:00:00Z"), Stage.ACKNOWLEDGE, "2026-09-20T09:30:00Z");
        // Saturday 19 September: the make-up Sunday is the next working day
        assertRunning(receivedAt("2026-09-19T02:00:00Z"), Stage.ACKNOWLEDGE, "2026-09-20T09:30:00Z");
        // on the make-up Sunday itself: Monday
        assertRunning(receivedAt("2026-09-20T02:00:00Z"), Stage.ACKNOWLEDGE, "2026-09-21T09:30:00Z");
    }

    @Test
    void the_receipt_day_is_the_day_in_the_hall() {
        // 23:30 UTC on 30 September is 07:30 on 1 October in Shanghai
        assertEquals(LocalDate.of(2026, 10, 1), receivedAt("2026-09-30T23:30:00Z").receivedDay());
    }

    @Test
    void urgent_and_emergency_acknowledgement_run_in_calendar_hours_through_the_holiday() {
        assertRunning(triagedAt("2026-10-02T02:00:00Z", Urgency.URGENT), Stage.ACKNOWLEDGE, "2026-10-02T06:00:00Z");
        assertRunning(triagedAt("2026-10-02T02:00:00Z", Urgency.EMERGENCY), Stage.ACKNOWLEDGE, "2026-10-02T03:00:00Z");
        assertRunning(triagedAt("2026-10-02T02:00:00Z", Urgency.NORMAL), Stage.ACKNOWLEDGE, "2026-10-08T09:30:00Z");
    }

    @Test
    void raising_the_urgency_later_counts_the_shorter_rule_from_the_receipt() {
        Complaint complaint = receivedAt("2026-10-02T02:00:00Z");
        complaint.reception().accept(Cases.registrationAbout(null), null, RECEPTION, RECEPTION_NAME, Instant.parse("2026-10-02T02:30:00Z"));

        complaint.oversight().raiseUrgency(Urgency.URGENT, "涉及老人", SUPERVISOR, Instant.parse("2026-10-02T03:00:00Z"), POLICY);

        assertRunning(complaint, Stage.ACKNOWLEDGE, "2026-10-02T06:00:00Z");
    }

    // ------------------------------------------------------------------ sign-for and handle, at assignment

    @Test
    void sign_for_and_handle_are_counted_from_the_assignment_over_the_make_up_saturday() {
        Complaint complaint = assignedAt("2026-10-09T02:00:00Z", Urgency.NORMAL);   // Friday after the holiday

        assertRunning(complaint, Stage.SIGN_FOR, "2026-10-12T09:30:00Z");            // Sat 10 (make-up), Mon 12
        assertEquals(Optional.of(Instant.parse("2026-10-15T09:30:00Z")), complaint.deadlines().due(Stage.HANDLE)); // 10,12,13,14,15
        assertEquals(Optional.of(Instant.parse("2026-10-09T02:00:00Z")), complaint.deadlines().done(Stage.ACKNOWLEDGE));
    }

    @Test
    void an_assignment_on_the_eve_of_the_holiday_falls_due_after_it() {
        Complaint complaint = assignedAt("2026-09-30T02:00:00Z", Urgency.NORMAL);

        assertRunning(complaint, Stage.SIGN_FOR, "2026-10-09T09:30:00Z");                  // Oct 8, 9
        assertEquals(Optional.of(Instant.parse("2026-10-13T09:30:00Z")), complaint.deadlines().due(Stage.HANDLE)); // 8,9,10,12,13
    }

    @Test
    void an_urgent_assignment_before_the_make_up_saturday_is_due_on_it() {
        Complaint complaint = assignedAt("2026-10-09T02:00:00Z", Urgency.URGENT);
        assertRunning(complaint, Stage.SIGN_FOR, "2026-10-10T09:30:00Z");
        assertEquals(Optional.of(Instant.parse("2026-10-10T09:30:00Z")), complaint.deadlines().due(Stage.HANDLE));
    }

    @Test
    void an_emergency_is_signed_for_within_two_hours_and_handled_the_same_day() {
        Complaint complaint = assignedAt("2026-10-03T02:00:00Z", Urgency.EMERGENCY);   // a holiday
        assertRunning(complaint, Stage.SIGN_FOR, "2026-10-03T04:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-10-03T09:30:00Z")), complaint.deadlines().due(Stage.HANDLE));

        Complaint afterHours = assignedAt("2026-10-03T11:00:00Z", Urgency.EMERGENCY);  // 19:00 in the hall
        assertEquals(Optional.of(Instant.parse("2026-10-03T15:59:59Z")), afterHours.deadlines().due(Stage.HANDLE));
    }

    @Test
    void a_handling_deadline_given_by_the_supervisor_wins_over_the_rule() {
        Complaint complaint = triagedAt("2026-10-09T02:00:00Z", Urgency.NORMAL);
        Instant given = Instant.parse("2026-10-20T09:30:00Z");

        complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, null, given, SUPERVISOR,
                Instant.parse("2026-10-09T02:00:00Z"), POLICY);
        assertEquals(Optional.of(given), complaint.deadlines().due(Stage.HANDLE));
        assertRunning(complaint, Stage.SIGN_FOR, "2026-10-12T09:30:00Z");

        complaint.investigation().signFor(HANDLER, Instant.parse("2026-10-10T01:00:00Z"));
        assertRunning(complaint, Stage.HANDLE, "2026-10-20T09:30:00Z");
    }

    @Test
    void after_sign_for_the_handling_clock_runs_to_the_deadline_set_at_assignment() {
        Complaint complaint = assignedAt("2026-10-09T02:00:00Z", Urgency.NORMAL);
        complaint.investigation().signFor(HANDLER, Instant.parse("2026-10-12T01:00:00Z"));

        assertRunning(complaint, Stage.HANDLE, "2026-10-15T09:30:00Z");
        assertEquals(Optional.of(Instant.parse("2026-10-12T01:00:00Z")), complaint.deadlines().done(Stage.SIGN_FOR));
    }

    @Test
    void a_new_assignment_after_a_return_restarts_the_sign_for_clock() {
        Complaint complaint = assignedAt("2026-09-30T02:00:00Z", Urgency.NORMAL);
        complaint.investigation().returnAssignment("非本部门职责", HANDLER, Instant.parse("2026-10-08T02:00:00Z"));

        complaint.investigation().assign(Cases.TAX, Cases.QIAN_HAO, SCOPE, null, null, SUPERVISOR,
                Instant.parse("2026-10-09T02:00:00Z"), POLICY);

        assertRunning(complaint, Stage.SIGN_FOR, "2026-10-12T09:30:00Z");
        assertTrue(complaint.deadlines().done(Stage.SIGN_FOR).isEmpty());
        assertEquals(Optional.of(Instant.parse("2026-10-15T09:30:00Z")), complaint.deadlines().due(Stage.HANDLE));
        assertEquals(Optional.of(Instant.parse("2026-09-30T02:00:00Z")), complaint.deadlines().done(Stage.ACKNOWLEDGE),
                "the first response stays done when it was assigned first");
    }

    @Test
    void an_approved_extension_of_the_sign_for_stage_moves_the_running_clock() {
        Complaint complaint = assignedAt("2026-10-09T02:00:00Z", Urgency.NORMAL);
        Extension extension = Cases.identify(complaint.oversight().requestExtension(Instant.parse("2026-10-14T09:30:00Z"), "科室负责人休假",
                HANDLER, Instant.parse("2026-10-09T03:00:00Z")), 5L);

        complaint.oversight().decideExtension(5L, true, null, SUPERVISOR, Instant.parse("2026-10-09T04:00:00Z"));

        assertEquals(Optional.of(Instant.parse("2026-10-12T09:30:00Z")), extension.previousDue());
        assertRunning(complaint, Stage.SIGN_FOR, "2026-10-14T09:30:00Z");
    }

    // ------------------------------------------------------------------ feedback, at completion

    @Test
    void feedback_after_a_completion_before_the_holiday_is_due_after_it() {
        Complaint complaint = completedAt("2026-09-28T02:00:00Z", "2026-09-29T06:00:00Z");   // Tuesday

        assertRunning(complaint, Stage.FEEDBACK, "2026-10-08T09:30:00Z");                     // Sep 30, Oct 8
        assertEquals(Optional.of(Instant.parse("2026-09-29T06:00:00Z")), complaint.deadlines().done(Stage.HANDLE));
    }

    @Test
    void feedback_after_a_completion_on_friday_counts_the_make_up_saturday() {
        Complaint complaint = completedAt("2026-10-08T02:00:00Z", "2026-10-09T06:00:00Z");
        assertRunning(complaint, Stage.FEEDBACK, "2026-10-12T09:30:00Z");                     // Sat 10, Mon 12
    }

    @Test
    void feedback_stops_the_clock_and_every_stage_keeps_when_it_was_done() {
        Complaint complaint = completedAt("2026-09-28T02:00:00Z", "2026-09-29T06:00:00Z");
        Instant fedBack = Instant.parse("2026-09-30T02:00:00Z");

        complaint.handling().recordFeedback(Feedback.given(Feedback.Method.SMS, "已处理", null, Satisfaction.SATISFIED,
                false), RECEPTION, fedBack);

        Deadlines deadlines = complaint.deadlines();
        assertTrue(deadlines.current().isEmpty());
        assertTrue(deadlines.currentStage().isEmpty());
        assertEquals(Optional.of(Instant.parse("2026-09-28T02:00:00Z")), deadlines.done(Stage.ACKNOWLEDGE));
        assertEquals(Optional.of(Instant.parse("2026-09-29T06:00:00Z")), deadlines.done(Stage.SIGN_FOR));
        assertEquals(Optional.of(Instant.parse("2026-09-29T06:00:00Z")), deadlines.done(Stage.HANDLE));
        assertEquals(Optional.of(fedBack), deadlines.done(Stage.FEEDBACK));
        assertEquals(Optional.of(Instant.parse("2026-10-08T09:30:00Z")), deadlines.due(Stage.FEEDBACK), "kept for the record");
    }

    @Test
    void an_appeal_restarts_the_acknowledge_clock_from_the_appeal() {
        Complaint complaint = completedAt("2026-09-28T02:00:00Z", "2026-09-29T06:00:00Z");
        complaint.handling().recordFeedback(Feedback.given(Feedback.Method.PHONE, "结果", null, Satisfaction.DISSATISFIED, true),
                RECEPTION, Instant.parse("2026-09-29T07:00:00Z"));

        complaint.aftercare().appeal("不满意", RECEPTION, Instant.parse("2026-09-30T02:00:00Z"), POLICY);

        assertRunning(complaint, Stage.ACKNOWLEDGE, "2026-10-08T09:30:00Z");
    }

    // ------------------------------------------------------------------ which clock runs in which state

    static Stream<Arguments> theClockOfEachState() {
        return Stream.of(
                Arguments.of(ComplaintStatus.RECEIVED, Stage.ACKNOWLEDGE),
                Arguments.of(ComplaintStatus.REGISTERED, Stage.ACKNOWLEDGE),
                Arguments.of(ComplaintStatus.TRIAGED, Stage.ACKNOWLEDGE),
                Arguments.of(ComplaintStatus.ASSIGNED, Stage.SIGN_FOR),
                Arguments.of(ComplaintStatus.INVESTIGATING, Stage.HANDLE),
                Arguments.of(ComplaintStatus.DECIDED, Stage.HANDLE),
                Arguments.of(ComplaintStatus.AWAITING_APPROVAL, Stage.HANDLE),
                Arguments.of(ComplaintStatus.IMPLEMENTING, Stage.HANDLE),
                Arguments.of(ComplaintStatus.AWAITING_FEEDBACK, Stage.FEEDBACK),
                Arguments.of(ComplaintStatus.APPEALED, Stage.ACKNOWLEDGE),
                Arguments.of(ComplaintStatus.CLOSED, null),
                Arguments.of(ComplaintStatus.RESOLVED_ON_SPOT, null),
                Arguments.of(ComplaintStatus.REDIRECTED, null),
                Arguments.of(ComplaintStatus.ARCHIVED, null));
    }

    @ParameterizedTest(name = "{0} runs {1}")
    @MethodSource("theClockOfEachState")
    void the_running_clock_follows_the_state(ComplaintStatus status, Stage stage) {
        Complaint complaint = Cases.in(status);
        Deadlines deadlines = complaint.deadlines();
        if (stage == null) {
            assertTrue(deadlines.currentStage().isEmpty(), "no stage runs");
            assertTrue(deadlines.current().isEmpty(), "no deadline applies");
        } else {
            assertEquals(Optional.of(stage), deadlines.currentStage());
            assertEquals(deadlines.due(stage), deadlines.current());
            assertTrue(deadlines.current().isPresent());
        }
    }

    @Test
    void the_standard_case_meets_each_deadline_of_the_monday_to_friday_calendar() {
        Deadlines deadlines = Cases.closed(Satisfaction.SATISFIED).deadlines();
        assertEquals(Optional.of(Instant.parse("2026-12-01T09:30:00Z")), deadlines.due(Stage.ACKNOWLEDGE));
        assertEquals(Optional.of(Instant.parse("2026-12-02T09:30:00Z")), deadlines.due(Stage.SIGN_FOR));
        assertEquals(Optional.of(Instant.parse("2026-12-07T09:30:00Z")), deadlines.due(Stage.HANDLE));
        assertEquals(Optional.of(Instant.parse("2026-12-04T09:30:00Z")), deadlines.due(Stage.FEEDBACK));
        for (Stage stage : Stage.values()) {
            assertTrue(deadlines.done(stage).orElseThrow().isBefore(deadlines.due(stage).orElseThrow()), stage.name());
        }
    }

    @Test
    void a_working_day_rule_ends_at_half_past_five_in_the_hall() {
        Instant due = receivedAt("2026-09-30T02:00:00Z").deadlines().current().orElseThrow();
        assertEquals(LocalTime.of(17, 30), due.atZone(HALL).toLocalTime());
        assertEquals(LocalTime.of(9, 30), due.atZone(java.time.ZoneOffset.UTC).toLocalTime());
    }
}
