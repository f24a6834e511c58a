package org.servicehall.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One year's holiday schedule as published (or, until it is published, as assumed), read by
 * {@link CalendarFile}.
 *
 * @param year     the year; every date lies in it
 * @param status   whether the schedule is the official one
 * @param source   where it comes from, e.g. the State Council notice and its date
 * @param holidays the public holidays (days off) with their names ({@code ""} if none), ascending
 * @param workdays the make-up working days (Saturdays and Sundays that are worked) with their
 *                 names ({@code ""} if none), ascending
 */
public record CalendarYear(int year, Status status, String source, SortedMap<LocalDate, String> holidays,
        SortedMap<LocalDate, String> workdays) {

    /** Whether a year's schedule can be relied on. */
    public enum Status {

        /** Taken from the State Council's published notice for the year. */
        OFFICIAL,

        /**
         * Assumed before the notice is published: the statutory holidays only, without the
         * make-up days and bridging days the notice will add. To be replaced.
         */
        PROVISIONAL
    }

    public CalendarYear {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        holidays = copy(holidays, "holidays");
        workdays = copy(workdays, "workdays");
        for (LocalDate day : holidays.keySet()) {
            requireInYear(day, year);
            if (workdays.containsKey(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a workday");
            }
        }
        for (LocalDate day : workdays.keySet()) {
            requireInYear(day, year);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException(
                        "workday " + day + " is a " + day.getDayOfWeek() + ", not a Saturday or Sunday");
            }
        }
    }

    private static SortedMap<LocalDate, String> copy(Map<LocalDate, String> days, String what) {
        Objects.requireNonNull(days, what);
        TreeMap<LocalDate, String> copy = new TreeMap<>();
        days.forEach((day, name) -> copy.put(Objects.requireNonNull(day, what), Objects.requireNonNull(name, what)));
        return Collections.unmodifiableSortedMap(copy);
    }

    private static void requireInYear(LocalDate day, int year) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " is not in " + year);
        }
    }

    /** Whether this is the official schedule. */
    public boolean isOfficial() {
        return status == Status.OFFICIAL;
    }

    /** The working calendar of this year alone. */
    public WorkingCalendar toCalendar() {
        return WorkingCalendar.of(Set.of(year), holidays.keySet(), workdays.keySet());
    }
}
