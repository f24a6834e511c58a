package org.servicehall.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 30);
    private static final WorkingCalendar CAL = WorkingCalendarTest.AUTUMN_AND_SPRING_2026;

    /** A local date-time in the hall (Beijing time). */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static Instant due(DeadlineRule rule, String start) {
        return rule.dueFrom(at(start), CAL, SHANGHAI, END_OF_DAY);
    }

    @Test
    void same_day_ends_at_the_end_of_the_working_day_of_the_start_day() {
        assertEquals(at("2026-06-01T17:30"), due(DeadlineRule.sameDay(), "2026-06-01T09:15"));
        assertEquals(at("2026-06-01T17:30"), due(DeadlineRule.sameDay(), "2026-06-01T17:30"), "exactly at the end");
    }

    @Test
    void same_day_started_after_the_end_of_the_working_day_runs_to_23_59_59() {
        assertEquals(at("2026-06-01T23:59:59"), due(DeadlineRule.sameDay(), "2026-06-01T17:31"));
        assertEquals(at("2026-06-01T23:59:59"), due(DeadlineRule.sameDay(), "2026-06-01T22:00"));
    }

    @Test
    void same_day_applies_on_holidays_and_weekends_too() {
        assertEquals(at("2026-10-03T17:30"), due(DeadlineRule.sameDay(), "2026-10-03T10:00"));
        assertEquals(at("2026-06-14T23:59:59"), due(DeadlineRule.sameDay(), "2026-06-14T20:00"), "a Sunday");
    }

    @Test
    void same_day_means_the_day_in_the_halls_time_zone() {
        // 20:00 UTC on 1 June is 04:00 on 2 June in Beijing
        Instant start = Instant.parse("2026-06-01T20:00:00Z");
        assertEquals(Instant.parse("2026-06-02T09:30:00Z"),
                DeadlineRule.sameDay().dueFrom(start, CAL, SHANGHAI, END_OF_DAY));
        assertEquals(Instant.parse("2026-06-01T17:30:00Z"),
                DeadlineRule.sameDay().dueFrom(Instant.parse("2026-06-01T08:00:00Z"), CAL, ZoneId.of("UTC"), END_OF_DAY));
    }

    @Test
    void hours_are_calendar_hours_through_nights_and_holidays() {
        assertEquals(at("2026-09-30T20:00"), due(DeadlineRule.hours(4), "2026-09-30T16:00"));
        assertEquals(at("2026-10-01T02:00"), due(DeadlineRule.hours(4), "2026-09-30T22:00"), "into the holiday");
        assertEquals(at("2026-10-02T10:00"), due(DeadlineRule.hours(24), "2026-10-01T10:00"));
    }

    @Test
    void working_days_end_at_the_end_of_the_nth_working_day_after_the_start_day() {
        assertEquals(at("2026-06-02T17:30"), due(DeadlineRule.workingDays(1), "2026-06-01T09:00"));
        assertEquals(at("2026-06-02T17:30"), due(DeadlineRule.workingDays(1), "2026-06-01T20:00"), "after hours");
        assertEquals(at("2026-06-08T17:30"), due(DeadlineRule.workingDays(5), "2026-06-01T09:00"), "over a weekend");
    }

    @Test
    void working_days_through_the_national_day_week_count_the_make_up_saturday() {
        assertEquals(at("2026-10-08T17:30"), due(DeadlineRule.workingDays(1), "2026-09-30T09:00"));
        assertEquals(at("2026-10-10T17:30"), due(DeadlineRule.workingDays(3), "2026-09-30T09:00"));
        assertEquals(at("2026-10-13T17:30"), due(DeadlineRule.workingDays(5), "2026-09-30T09:00"));
    }

    @Test
    void working_days_started_on_a_holiday_count_from_the_next_working_day() {
        assertEquals(at("2026-10-08T17:30"), due(DeadlineRule.workingDays(1), "2026-10-03T11:00"));
        assertEquals(at("2026-10-09T17:30"), due(DeadlineRule.workingDays(2), "2026-10-03T11:00"));
        assertEquals(at("2026-02-24T17:30"), due(DeadlineRule.workingDays(1), "2026-02-15T08:00"));
    }

    @Test
    void working_days_started_on_a_plain_sunday_count_from_monday() {
        assertEquals(at("2026-06-08T17:30"), due(DeadlineRule.workingDays(1), "2026-06-07T15:00"));
    }

    @Test
    void the_three_kinds_are_parsed_ignoring_case_and_blanks() {
        assertEquals(DeadlineRule.sameDay(), DeadlineRule.parse("sameday"));
        assertEquals(DeadlineRule.sameDay(), DeadlineRule.parse(" SameDay "));
        assertEquals(DeadlineRule.sameDay(), DeadlineRule.parse("same day"));
        assertEquals(DeadlineRule.hours(4), DeadlineRule.parse("4h"));
        assertEquals(DeadlineRule.hours(48), DeadlineRule.parse(" 48 H "));
        assertEquals(DeadlineRule.workingDays(5), DeadlineRule.parse("5wd"));
        assertEquals(DeadlineRule.workingDays(10), DeadlineRule.parse("10 WD"));
        assertEquals(DeadlineRule.workingDays(1), DeadlineRule.parse("\t1 w d\n"));
    }

    @Test
    void to_string_gives_the_form_parse_reads() {
        assertEquals("sameday", DeadlineRule.sameDay().toString());
        assertEquals("4h", DeadlineRule.hours(4).toString());
        assertEquals("5wd", DeadlineRule.workingDays(5).toString());
        for (DeadlineRule rule : List.of(DeadlineRule.sameDay(), DeadlineRule.hours(1), DeadlineRule.hours(72),
                DeadlineRule.workingDays(1), DeadlineRule.workingDays(15))) {
            assertEquals(rule, DeadlineRule.parse(rule.toString()));
        }
    }

    @Test
    void invalid_text_is_refused() {
        for (String bad : List.of("", " ", "4", "h", "wd", "0h", "0wd", "-1h", "4d", "4hours", "1.5h", "4h4",
                "h4", "today", "same-day", "5 working days", "99999999999h")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeadlineRule.parse(bad), bad);
            assertTrue(e.getMessage().contains("not a deadline rule"), e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> DeadlineRule.parse(null));
    }

    @Test
    void amounts_below_one_and_a_same_day_amount_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> DeadlineRule.hours(0));
        assertThrows(IllegalArgumentException.class, () -> DeadlineRule.workingDays(-1));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule(DeadlineRule.Kind.SAME_DAY, 1));
    }

    @Test
    void rules_are_values() {
        assertEquals(DeadlineRule.hours(4), DeadlineRule.hours(4));
        assertEquals(DeadlineRule.hours(4).hashCode(), DeadlineRule.hours(4).hashCode());
        assertEquals(DeadlineRule.Kind.WORKING_DAYS, DeadlineRule.workingDays(2).kind());
        assertEquals(2, DeadlineRule.workingDays(2).amount());
        assertTrue(!DeadlineRule.hours(1).equals(DeadlineRule.workingDays(1)));
    }
}
