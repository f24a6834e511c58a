package org.servicehall.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The configuration files shipped in {@code config/servicehall}, read from the repository. */
class ShippedConfigurationTest {

    /** Surefire runs in the server module's folder. */
    private static final Path CONFIG = Path.of("../config/servicehall");

    private static CalendarYear calendarFile(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(CONFIG.resolve("calendar").resolve(name), StandardCharsets.UTF_8)) {
            return CalendarFile.parse(reader);
        }
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(CONFIG.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Set<LocalDate> days(String... rangesOrDates) {
        Set<LocalDate> days = new TreeSet<>();
        for (String text : rangesOrDates) {
            String[] ends = text.split("\\.\\.");
            LocalDate last = date(ends[ends.length - 1]);
            for (LocalDate day = date(ends[0]); !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    @Test
    void the_2026_file_is_the_official_state_council_schedule() throws IOException {
        CalendarYear year = calendarFile("cn-2026.properties");
        assertEquals(2026, year.year());
        assertTrue(year.isOfficial());
        assertEquals("国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）", year.source());
        assertEquals(days("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
                "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
                "2026-10-01..2026-10-07"), year.holidays().keySet());
        assertEquals(33, year.holidays().size());
        assertEquals(days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
                year.workdays().keySet());
        assertEquals("国庆节", year.holidays().get(date("2026-10-01")));
    }

    @Test
    void the_2026_calendar_counts_through_national_day_and_spring_festival() throws IOException {
        WorkingCalendar calendar = calendarFile("cn-2026.properties").toCalendar();
        assertEquals(date("2026-10-13"), calendar.plusWorkingDays(date("2026-09-30"), 5));
        assertEquals(date("2026-10-10"), calendar.plusWorkingDays(date("2026-09-30"), 3));
        assertEquals(date("2026-09-20"), calendar.plusWorkingDays(date("2026-09-18"), 1));
        assertEquals(date("2026-02-24"), calendar.plusWorkingDays(date("2026-02-13"), 2));
        assertEquals(date("2026-02-28"), calendar.plusWorkingDays(date("2026-02-26"), 2));
        assertEquals(date("2026-01-05"), calendar.plusWorkingDays(date("2025-12-31"), 2), "Jan 4 is a make-up Sunday");
    }

    @Test
    void the_2026_calendar_has_248_working_days() throws IOException {
        WorkingCalendar calendar = calendarFile("cn-2026.properties").toCalendar();
        int working = 0;
        for (LocalDate day = date("2026-01-01"); day.getYear() == 2026; day = day.plusDays(1)) {
            working += calendar.isWorkingDay(day) ? 1 : 0;
        }
        // 261 weekdays, less 19 holidays on weekdays (元旦 2, 春节 6, 清明 1, 劳动节 3, 端午 1, 中秋 1,
        // 国庆 5), plus 6 make-up weekend days
        assertEquals(248, working);
    }

    @Test
    void the_2027_file_is_provisional_with_the_statutory_holidays_and_no_make_up_days() throws IOException {
        CalendarYear year = calendarFile("cn-2027.properties");
        assertEquals(2027, year.year());
        assertEquals(CalendarYear.Status.PROVISIONAL, year.status());
        assertEquals(days("2027-01-01", "2027-02-05..2027-02-08", "2027-04-05", "2027-05-01..2027-05-02",
                "2027-06-09", "2027-09-15", "2027-10-01..2027-10-03"), year.holidays().keySet());
        assertEquals(13, year.holidays().size(), "the 13 statutory days since 2025");
        assertTrue(year.workdays().isEmpty());
    }

    @Test
    void every_shipped_calendar_file_parses_and_they_merge_into_one_calendar() throws IOException {
        List<WorkingCalendar> calendars = new ArrayList<>();
        try (var files = Files.list(CONFIG.resolve("calendar"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                CalendarYear year = calendarFile(file.getFileName().toString());
                assertEquals("cn-" + year.year() + ".properties", file.getFileName().toString());
                calendars.add(year.toCalendar());
            }
        }
        WorkingCalendar all = WorkingCalendar.merge(calendars);
        assertTrue(all.years().containsAll(Set.of(2026, 2027)));
        assertEquals(date("2027-01-04"), all.plusWorkingDays(date("2026-12-31"), 1));
        assertFalse(all.isWorkingDay(date("2027-02-08")));
    }

    @Test
    void the_shipped_deadlines_are_the_standard_ones() throws IOException {
        assertEquals(DeadlineDefaults.standard(), DeadlineDefaults.parse(properties("deadlines.properties")));
    }

    @Test
    void the_shipped_working_day_ends_at_half_past_five() throws IOException {
        Properties hall = properties("hall.properties");
        assertEquals(LocalTime.of(17, 30), LocalTime.parse(hall.getProperty("endOfWorkingDay")));
    }
}
