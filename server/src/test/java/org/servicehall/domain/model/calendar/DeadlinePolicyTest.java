package org.servicehall.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final DeadlinePolicy POLICY = new DeadlinePolicy(WorkingCalendarTest.AUTUMN_AND_SPRING_2026,
            DeadlineDefaults.standard().withOverride(Stage.HANDLE, Urgency.NORMAL, "POLICY_CONSULTATION",
                    DeadlineRule.workingDays(3)),
            SHANGHAI, LocalTime.of(17, 30));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void a_normal_complaint_received_before_national_day_is_acknowledged_after_it() {
        assertEquals(at("2026-10-08T17:30"),
                POLICY.due(Stage.ACKNOWLEDGE, Urgency.NORMAL, "SERVICE_ATTITUDE", at("2026-09-30T10:00")));
    }

    @Test
    void normal_handling_signed_for_before_national_day_is_due_on_13_october() {
        assertEquals(at("2026-10-13T17:30"),
                POLICY.due(Stage.HANDLE, Urgency.NORMAL, "SERVICE_ATTITUDE", at("2026-09-30T10:00")));
    }

    @Test
    void urgent_and_emergency_clocks_run_through_the_holiday() {
        assertEquals(at("2026-10-03T14:00"),
                POLICY.due(Stage.ACKNOWLEDGE, Urgency.URGENT, null, at("2026-10-03T10:00")));
        assertEquals(at("2026-10-03T11:00"),
                POLICY.due(Stage.ACKNOWLEDGE, Urgency.EMERGENCY, null, at("2026-10-03T10:00")));
        assertEquals(at("2026-10-03T12:00"),
                POLICY.due(Stage.SIGN_FOR, Urgency.EMERGENCY, null, at("2026-10-03T10:00")));
        assertEquals(at("2026-10-03T17:30"),
                POLICY.due(Stage.HANDLE, Urgency.EMERGENCY, null, at("2026-10-03T10:00")));
        assertEquals(at("2026-10-03T23:59:59"),
                POLICY.due(Stage.HANDLE, Urgency.EMERGENCY, null, at("2026-10-03T19:00")));
    }

    @Test
    void urgent_working_day_rules_started_on_a_holiday_count_from_the_next_working_day() {
        assertEquals(at("2026-10-08T17:30"), POLICY.due(Stage.HANDLE, Urgency.URGENT, null, at("2026-10-03T10:00")));
        assertEquals(at("2026-10-08T17:30"), POLICY.due(Stage.FEEDBACK, Urgency.EMERGENCY, null, at("2026-10-04T10:00")));
    }

    @Test
    void sign_for_across_spring_festival_lands_after_the_holiday() {
        assertEquals(at("2026-02-24T17:30"),
                POLICY.due(Stage.SIGN_FOR, Urgency.NORMAL, null, at("2026-02-13T16:00")));
    }

    @Test
    void a_category_override_changes_only_that_category() {
        assertEquals(at("2026-10-10T17:30"),
                POLICY.due(Stage.HANDLE, Urgency.NORMAL, "POLICY_CONSULTATION", at("2026-09-30T10:00")));
        assertEquals(at("2026-10-13T17:30"),
                POLICY.due(Stage.HANDLE, Urgency.NORMAL, "BUSINESS_HANDLING", at("2026-09-30T10:00")));
    }

    @Test
    void the_end_of_the_working_day_is_configurable() {
        DeadlinePolicy early = new DeadlinePolicy(WorkingCalendarTest.AUTUMN_AND_SPRING_2026,
                DeadlineDefaults.standard(), SHANGHAI, LocalTime.of(17, 0));
        assertEquals(at("2026-10-08T17:00"), early.due(Stage.ACKNOWLEDGE, Urgency.NORMAL, null, at("2026-09-30T10:00")));
    }

    @Test
    void nothing_may_be_missing() {
        assertThrows(NullPointerException.class,
                () -> new DeadlinePolicy(null, DeadlineDefaults.standard(), SHANGHAI, LocalTime.NOON));
        assertThrows(NullPointerException.class,
                () -> POLICY.due(Stage.HANDLE, Urgency.NORMAL, null, null));
        assertThrows(NullPointerException.class,
                () -> POLICY.due(null, Urgency.NORMAL, null, at("2026-09-30T10:00")));
    }
}
