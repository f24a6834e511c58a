package org.servicehall.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NoticePolicyTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final NoticePolicy POLICY = new NoticePolicy(LocalTime.of(21, 0), LocalTime.of(8, 0), 5, HALL);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(HALL).toInstant();
    }

    @Test
    void in_the_day_a_message_goes_at_once() {
        assertEquals(at(DAY, 8, 0), POLICY.outsideQuietHours(at(DAY, 8, 0)));
        assertEquals(at(DAY, 20, 59), POLICY.outsideQuietHours(at(DAY, 20, 59)));
    }

    @Test
    void in_the_evening_it_waits_for_eight_the_next_morning() {
        assertEquals(at(DAY.plusDays(1), 8, 0), POLICY.outsideQuietHours(at(DAY, 21, 0)));
        assertEquals(at(DAY.plusDays(1), 8, 0), POLICY.outsideQuietHours(at(DAY, 23, 59)));
    }

    @Test
    void after_midnight_it_waits_for_eight_the_same_morning() {
        assertEquals(at(DAY, 8, 0), POLICY.outsideQuietHours(at(DAY, 0, 0)));
        assertEquals(at(DAY, 8, 0), POLICY.outsideQuietHours(at(DAY, 7, 59)));
    }

    @Test
    void quiet_hours_within_one_day_and_none_at_all() {
        NoticePolicy lunch = new NoticePolicy(LocalTime.of(12, 0), LocalTime.of(13, 30), 5, HALL);
        assertEquals(at(DAY, 13, 30), lunch.outsideQuietHours(at(DAY, 12, 15)));
        assertEquals(at(DAY, 13, 30), lunch.outsideQuietHours(at(DAY, 13, 30)));
        NoticePolicy none = new NoticePolicy(LocalTime.of(0, 0), LocalTime.of(0, 0), 5, HALL);
        assertEquals(at(DAY, 3, 0), none.outsideQuietHours(at(DAY, 3, 0)));
    }

    @Test
    void the_next_day_starts_when_its_quiet_hours_end_and_a_day_is_counted_in_hall_time() {
        assertEquals(at(DAY.plusDays(1), 8, 0), POLICY.nextDay(at(DAY, 10, 0)));
        Instant[] day = POLICY.dayOf(at(DAY, 0, 30));
        assertEquals(DAY.atStartOfDay(HALL).toInstant(), day[0]);
        assertEquals(DAY.plusDays(1).atStartOfDay(HALL).toInstant(), day[1]);
    }

    @Test
    void at_least_one_message_a_day() {
        assertThrows(IllegalArgumentException.class, () -> new NoticePolicy(LocalTime.of(21, 0), LocalTime.of(8, 0), 0, HALL));
    }
}
