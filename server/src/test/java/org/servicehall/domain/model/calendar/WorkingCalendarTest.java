package org.servicehall.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** The 2026 Spring Festival, Mid-Autumn and National Day holidays of the State Council notice. */
    static final WorkingCalendar AUTUMN_AND_SPRING_2026 = WorkingCalendar.of(Set.of(2026),
            concat(range("2026-02-15", "2026-02-23"), range("2026-09-25", "2026-09-27"),
                    range("2026-10-01", "2026-10-07")),
            List.of(date("2026-02-14"), date("2026-02-28"), date("2026-09-20"), date("2026-10-10")));

    private static final WorkingCalendar CAL = AUTUMN_AND_SPRING_2026;

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static List<LocalDate> range(String first, String last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = date(first); !day.isAfter(date(last)); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    @SafeVarargs
    static List<LocalDate> concat(List<LocalDate>... lists) {
        List<LocalDate> all = new ArrayList<>();
        for (List<LocalDate> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    @Test
    void weekdays_are_working_days_and_weekends_are_not_in_an_ordinary_week() {
        // 2026-06-08 is a Monday, no holiday that week
        for (LocalDate day : range("2026-06-08", "2026-06-12")) {
            assertTrue(CAL.isWorkingDay(day), day.toString());
        }
        assertFalse(CAL.isWorkingDay(date("2026-06-13")));
        assertFalse(CAL.isWorkingDay(date("2026-06-14")));
    }

    @Test
    void a_holiday_on_a_weekday_is_not_a_working_day() {
        assertFalse(CAL.isWorkingDay(date("2026-10-01")), "Thursday, National Day");
        assertFalse(CAL.isWorkingDay(date("2026-10-07")), "Wednesday, National Day");
        assertFalse(CAL.isWorkingDay(date("2026-09-25")), "Friday, Mid-Autumn");
    }

    @Test
    void a_make_up_saturday_or_sunday_is_a_working_day() {
        assertTrue(CAL.isWorkingDay(date("2026-09-20")), "Sunday before National Day");
        assertTrue(CAL.isWorkingDay(date("2026-10-10")), "Saturday after National Day");
        assertFalse(CAL.isWorkingDay(date("2026-10-11")), "the Sunday after is a plain Sunday");
    }

    @Test
    void counting_through_the_national_day_week_skips_the_holidays_and_counts_the_make_up_saturday() {
        LocalDate wednesday = date("2026-09-30");
        assertEquals(date("2026-10-08"), CAL.plusWorkingDays(wednesday, 1));
        assertEquals(date("2026-10-09"), CAL.plusWorkingDays(wednesday, 2));
        assertEquals(date("2026-10-10"), CAL.plusWorkingDays(wednesday, 3), "make-up Saturday");
        assertEquals(date("2026-10-12"), CAL.plusWorkingDays(wednesday, 4), "Sunday 11th is off");
        assertEquals(date("2026-10-13"), CAL.plusWorkingDays(wednesday, 5));
    }

    @Test
    void the_make_up_sunday_before_national_day_counts_as_the_next_working_day() {
        assertEquals(date("2026-09-20"), CAL.plusWorkingDays(date("2026-09-18"), 1), "Friday -> make-up Sunday");
        assertEquals(date("2026-09-21"), CAL.plusWorkingDays(date("2026-09-18"), 2));
        assertEquals(date("2026-09-20"), CAL.plusWorkingDays(date("2026-09-19"), 1), "Saturday -> make-up Sunday");
    }

    @Test
    void counting_from_before_mid_autumn_skips_its_three_days() {
        assertEquals(date("2026-09-28"), CAL.plusWorkingDays(date("2026-09-24"), 1));
        assertEquals(date("2026-10-08"), CAL.plusWorkingDays(date("2026-09-24"), 4));
    }

    @Test
    void counting_from_inside_a_holiday_starts_at_the_first_working_day_after_it() {
        assertEquals(date("2026-10-08"), CAL.plusWorkingDays(date("2026-10-03"), 1));
        assertEquals(date("2026-10-13"), CAL.plusWorkingDays(date("2026-10-03"), 5));
    }

    @Test
    void spring_festival_2026_is_bridged_by_the_make_up_saturdays_of_14_and_28_february() {
        assertTrue(CAL.isWorkingDay(date("2026-02-14")));
        assertTrue(CAL.isWorkingDay(date("2026-02-28")));
        for (LocalDate day : range("2026-02-15", "2026-02-23")) {
            assertFalse(CAL.isWorkingDay(day), day.toString());
        }
        assertFalse(CAL.isWorkingDay(date("2026-03-01")), "Sunday after the make-up Saturday");

        LocalDate thursday = date("2026-02-12");
        assertEquals(date("2026-02-13"), CAL.plusWorkingDays(thursday, 1));
        assertEquals(date("2026-02-14"), CAL.plusWorkingDays(thursday, 2), "make-up Saturday");
        assertEquals(date("2026-02-24"), CAL.plusWorkingDays(thursday, 3), "first day after the holiday");
        assertEquals(date("2026-02-26"), CAL.plusWorkingDays(thursday, 5));
        assertEquals(date("2026-02-28"), CAL.plusWorkingDays(date("2026-02-26"), 2), "make-up Saturday");
        assertEquals(date("2026-03-02"), CAL.plusWorkingDays(date("2026-02-27"), 2));
        assertEquals(date("2026-02-24"), CAL.plusWorkingDays(date("2026-02-18"), 1), "from inside the holiday");
    }

    @Test
    void the_working_day_on_or_after_a_day_is_the_day_itself_or_the_next_working_day() {
        assertEquals(date("2026-02-14"), CAL.workingDayOnOrAfter(date("2026-02-14")));
        assertEquals(date("2026-02-24"), CAL.workingDayOnOrAfter(date("2026-02-15")));
        assertEquals(date("2026-03-02"), CAL.workingDayOnOrAfter(date("2026-03-01")));
        assertEquals(date("2026-10-08"), CAL.workingDayOnOrAfter(date("2026-10-01")));
        assertEquals(date("2026-09-30"), CAL.workingDayOnOrAfter(date("2026-09-30")));
    }

    @Test
    void plus_working_days_needs_at_least_one_day() {
        assertThrows(IllegalArgumentException.class, () -> CAL.plusWorkingDays(date("2026-09-30"), 0));
        assertThrows(IllegalArgumentException.class, () -> CAL.plusWorkingDays(date("2026-09-30"), -1));
    }

    @Test
    void days_outside_the_covered_years_follow_monday_to_friday() {
        assertEquals(Set.of(2026), CAL.years());
        assertTrue(CAL.covers(date("2026-01-01")));
        assertFalse(CAL.covers(date("2027-10-01")));
        assertTrue(CAL.isWorkingDay(date("2027-10-01")), "a Friday, no 2027 data");
        assertFalse(CAL.isWorkingDay(date("2027-10-02")), "a Saturday");
        assertEquals(date("2027-01-01"), CAL.plusWorkingDays(date("2026-12-31"), 1),
                "New Year's Day 2027 is a plain Friday without 2027 data");
    }

    @Test
    void weekdays_only_covers_no_year_and_has_no_holidays() {
        WorkingCalendar plain = WorkingCalendar.weekdaysOnly();
        assertTrue(plain.years().isEmpty());
        assertFalse(plain.covers(date("2026-10-01")));
        assertTrue(plain.isWorkingDay(date("2026-10-01")));
        assertEquals(date("2026-10-05"), plain.plusWorkingDays(date("2026-10-02"), 1), "Friday -> Monday");
    }

    @Test
    void a_calendar_built_from_dates_alone_covers_the_years_of_those_dates() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(date("2026-10-01")), List.of(date("2027-02-20")));
        assertEquals(new TreeSet<>(Set.of(2026, 2027)), calendar.years());
    }

    @Test
    void merged_calendars_cover_all_their_years_and_keep_all_their_days() {
        WorkingCalendar y2027 = WorkingCalendar.of(Set.of(2027), List.of(date("2027-01-01")), List.of());
        WorkingCalendar merged = WorkingCalendar.merge(List.of(CAL, y2027));
        assertEquals(List.of(2026, 2027), List.copyOf(merged.years()));
        assertFalse(merged.isWorkingDay(date("2027-01-01")));
        assertFalse(merged.isWorkingDay(date("2026-10-01")));
        assertTrue(merged.isWorkingDay(date("2026-10-10")));
        assertEquals(date("2027-01-04"), merged.plusWorkingDays(date("2026-12-31"), 1));
        assertEquals(WorkingCalendar.weekdaysOnly(), WorkingCalendar.merge(List.of()));
    }

    @Test
    void merging_two_calendars_of_the_same_year_is_refused() {
        WorkingCalendar other2026 = WorkingCalendar.of(Set.of(2026), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.merge(List.of(CAL, other2026)));
        assertTrue(e.getMessage().contains("2026"), e.getMessage());
    }

    @Test
    void a_day_cannot_be_both_a_holiday_and_a_make_up_day() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(List.of(date("2026-10-10")), List.of(date("2026-10-10"))));
    }

    @Test
    void a_make_up_day_must_be_a_saturday_or_sunday() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(List.of(), List.of(date("2026-10-09"))));
        assertTrue(e.getMessage().contains("FRIDAY"), e.getMessage());
    }

    @Test
    void every_day_must_lie_in_the_declared_years() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(Set.of(2026), List.of(date("2027-01-01")), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(Set.of(2026), List.of(), List.of(date("2027-02-20"))));
    }

    @Test
    void the_calendar_is_immutable() {
        List<LocalDate> holidays = new ArrayList<>(List.of(date("2026-10-01")));
        WorkingCalendar calendar = WorkingCalendar.of(holidays, List.of());
        holidays.add(date("2026-10-02"));
        assertTrue(calendar.isWorkingDay(date("2026-10-02")));
        SortedSet<LocalDate> view = calendar.holidays();
        assertThrows(UnsupportedOperationException.class, () -> view.add(date("2026-10-05")));
        assertThrows(UnsupportedOperationException.class, () -> calendar.years().add(2030));
    }
}
