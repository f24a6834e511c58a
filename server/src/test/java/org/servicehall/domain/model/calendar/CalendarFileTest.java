package org.servicehall.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final String HEADER = "year=2026\nstatus=official\nsource=test\n";

    private static CalendarYear parse(String text) {
        return CalendarFile.parse(new StringReader(text));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** Parses text that must fail, and checks the message names the line and the problem. */
    private static void assertRefused(String text, int line, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("line " + line + ":") || e.getMessage().startsWith("line " + line + " "),
                "expected line " + line + " in: " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), "expected \"" + problem + "\" in: " + e.getMessage());
    }

    @Test
    void a_complete_file_gives_its_year_status_source_holidays_and_workdays_with_names() {
        CalendarYear year = parse("""
                # National Day 2026
                year=2026
                status=official
                source=国务院办公厅关于2026年部分节假日安排的通知

                holiday=2026-10-01..2026-10-03 国庆节
                holiday=2026-09-25 中秋节
                workday=2026-09-20 国庆节调休上班
                workday=2026-10-10
                """);
        assertEquals(2026, year.year());
        assertEquals(CalendarYear.Status.OFFICIAL, year.status());
        assertTrue(year.isOfficial());
        assertEquals("国务院办公厅关于2026年部分节假日安排的通知", year.source());
        assertEquals(new TreeMap<>(Map.of(date("2026-09-25"), "中秋节", date("2026-10-01"), "国庆节",
                date("2026-10-02"), "国庆节", date("2026-10-03"), "国庆节")), year.holidays());
        assertEquals(new TreeMap<>(Map.of(date("2026-09-20"), "国庆节调休上班", date("2026-10-10"), "")), year.workdays());
        assertEquals(List.of(date("2026-09-25"), date("2026-10-01"), date("2026-10-02"), date("2026-10-03")),
                List.copyOf(year.holidays().keySet()), "ascending");
    }

    @Test
    void the_calendar_of_a_year_covers_that_year_and_knows_its_days() {
        WorkingCalendar calendar = parse(HEADER + "holiday=2026-10-01..2026-10-07 国庆节\nworkday=2026-10-10\n")
                .toCalendar();
        assertEquals(Set.of(2026), calendar.years());
        assertFalse(calendar.isWorkingDay(date("2026-10-05")));
        assertTrue(calendar.isWorkingDay(date("2026-10-10")));
        assertEquals(date("2026-10-08"), calendar.plusWorkingDays(date("2026-09-30"), 1));
    }

    @Test
    void a_year_without_holidays_still_covers_its_year() {
        CalendarYear year = parse(HEADER);
        assertTrue(year.holidays().isEmpty());
        assertTrue(year.toCalendar().covers(date("2026-05-01")));
    }

    @Test
    void provisional_status_is_read_in_any_case() {
        assertEquals(CalendarYear.Status.PROVISIONAL,
                parse("year=2027\nstatus=Provisional\nsource=statutory days\n").status());
        assertFalse(parse("year=2027\nstatus=PROVISIONAL\nsource=x\n").isOfficial());
    }

    @Test
    void comments_blank_lines_blanks_around_keys_and_windows_line_ends_are_ignored() {
        CalendarYear year = parse("\uFEFF# a comment\r\n\r\n   # indented comment\r\n  year = 2026 \r\n"
                + "status= official\r\nsource =Notice #7\r\n\tholiday = 2026-01-01  元旦 \r\n");
        assertEquals(2026, year.year());
        assertEquals("Notice #7", year.source(), "a # inside a value is kept");
        assertEquals(Map.of(date("2026-01-01"), "元旦"), year.holidays());
    }

    @Test
    void a_range_may_have_blanks_around_its_dots_and_may_be_a_single_day() {
        CalendarYear year = parse(HEADER + "holiday=2026-05-01 .. 2026-05-02\nholiday=2026-06-19..2026-06-19\n");
        assertEquals(Set.of(date("2026-05-01"), date("2026-05-02"), date("2026-06-19")), year.holidays().keySet());
    }

    @Test
    void a_holiday_on_a_weekend_is_allowed() {
        CalendarYear year = parse(HEADER + "holiday=2026-10-03 国庆节（周六）\n");
        assertTrue(year.holidays().containsKey(date("2026-10-03")));
    }

    @Test
    void a_workday_range_is_allowed_when_every_day_is_on_a_weekend() {
        CalendarYear year = parse(HEADER + "workday=2026-10-10..2026-10-11\n");
        assertEquals(Set.of(date("2026-10-10"), date("2026-10-11")), year.workdays().keySet());
    }

    @Test
    void a_line_without_an_equals_sign_is_refused() {
        assertRefused(HEADER + "holiday 2026-10-01\n", 4, "expected key=value");
    }

    @Test
    void an_unknown_key_is_refused() {
        assertRefused(HEADER + "holidays=2026-10-01\n", 4, "unknown key \"holidays\"");
    }

    @Test
    void year_status_and_source_may_each_appear_only_once() {
        assertRefused(HEADER + "year=2026\n", 4, "year is declared twice");
        assertRefused(HEADER + "status=official\n", 4, "status is declared twice");
        assertRefused(HEADER + "source=again\n", 4, "source is declared twice");
    }

    @Test
    void a_year_that_is_not_four_digits_is_refused() {
        assertRefused("year=26\n", 1, "four digits");
        assertRefused("year=twenty\n", 1, "four digits");
    }

    @Test
    void a_status_other_than_official_or_provisional_is_refused() {
        assertRefused("year=2026\nstatus=draft\n", 2, "official or provisional");
    }

    @Test
    void an_empty_source_is_refused() {
        assertRefused("year=2026\nsource=  \n", 2, "source is empty");
    }

    @Test
    void a_holiday_or_workday_before_the_year_is_refused() {
        assertRefused("# c\nholiday=2026-10-01\nyear=2026\n", 2, "holiday before year=");
        assertRefused("workday=2026-10-10\n", 1, "workday before year=");
    }

    @Test
    void a_value_that_is_not_a_date_or_range_is_refused() {
        assertRefused(HEADER + "holiday=2026/10/01\n", 4, "must be a date");
        assertRefused(HEADER + "holiday=国庆节 2026-10-01\n", 4, "must be a date");
        assertRefused(HEADER + "holiday=2026-10-01..\n", 4, "must be a date");
        assertRefused(HEADER + "holiday=\n", 4, "must be a date");
    }

    @Test
    void an_impossible_date_is_refused() {
        assertRefused(HEADER + "holiday=2026-02-30\n", 4, "not a valid date: 2026-02-30");
        assertRefused(HEADER + "holiday=2026-10-01..2026-13-01\n", 4, "not a valid date: 2026-13-01");
    }

    @Test
    void a_date_outside_the_declared_year_is_refused() {
        assertRefused(HEADER + "holiday=2025-12-31 元旦\n", 4, "2025-12-31 is not in the declared year 2026");
        assertRefused(HEADER + "holiday=2026-12-31..2027-01-01\n", 4, "2027-01-01 is not in the declared year 2026");
        assertRefused(HEADER + "workday=2027-01-02\n", 4, "2027-01-02 is not in the declared year 2026");
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused() {
        assertRefused(HEADER + "holiday=2026-10-07..2026-10-01\n", 4, "ends before it starts");
    }

    @Test
    void a_date_listed_twice_is_refused() {
        assertRefused(HEADER + "holiday=2026-10-01..2026-10-07\nholiday=2026-10-05\n", 5,
                "2026-10-05 is listed twice as a holiday (also on line 4)");
    }

    @Test
    void a_date_cannot_be_both_holiday_and_workday() {
        assertRefused(HEADER + "holiday=2026-10-03\nworkday=2026-10-03\n", 5,
                "2026-10-03 cannot be both a holiday and a workday (it is a holiday on line 4)");
        assertRefused(HEADER + "workday=2026-10-10\n\nholiday=2026-10-08..2026-10-11\n", 6,
                "2026-10-10 cannot be both a holiday and a workday (it is a workday on line 4)");
    }

    @Test
    void a_workday_on_a_weekday_is_refused() {
        assertRefused(HEADER + "workday=2026-10-09\n", 4, "workday 2026-10-09 is a FRIDAY, not a Saturday or Sunday");
        assertRefused(HEADER + "workday=2026-10-10..2026-10-12\n", 4, "2026-10-12 is a MONDAY");
    }

    @Test
    void a_file_without_year_status_or_source_is_refused() {
        assertRefused("# nothing\n", 1, "year= is missing");
        assertRefused("year=2026\nsource=x\n", 2, "status= is missing");
        assertRefused("year=2026\nstatus=official\n\n", 3, "source= is missing");
        assertRefused("", 0, "year= is missing");
    }

    @Test
    void a_calendar_year_record_checks_its_own_rules() {
        TreeMap<LocalDate, String> holiday = new TreeMap<>(Map.of(date("2026-10-10"), ""));
        TreeMap<LocalDate, String> none = new TreeMap<>();
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarYear(2026, CalendarYear.Status.OFFICIAL, "x", holiday, holiday));
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarYear(2027, CalendarYear.Status.OFFICIAL, "x", holiday, none));
        assertThrows(IllegalArgumentException.class, () -> new CalendarYear(2026, CalendarYear.Status.OFFICIAL, "x",
                none, new TreeMap<>(Map.of(date("2026-10-09"), ""))));
        CalendarYear year = new CalendarYear(2026, CalendarYear.Status.OFFICIAL, "x", holiday, none);
        assertThrows(UnsupportedOperationException.class, () -> year.holidays().put(date("2026-10-11"), ""));
    }
}
