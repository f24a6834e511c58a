package org.servicehall.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days the hall works: Monday to Friday, except public holidays, plus the make-up working
 * days (调休上班) on which a Saturday or Sunday is worked to bridge a holiday.
 *
 * <p>A calendar has data for certain {@linkplain #years() years}. A day in a year it does not
 * cover follows the plain Monday-to-Friday rule: no holidays, no make-up days. Callers that need
 * accurate deadlines should check {@link #covers(LocalDate)} and make sure the calendar of every
 * year in use has been loaded.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingCalendar {

    private static final WorkingCalendar WEEKDAYS_ONLY = new WorkingCalendar(Set.of(), Set.of(), Set.of());

    private final SortedSet<Integer> years;
    private final SortedSet<LocalDate> holidays;
    private final SortedSet<LocalDate> makeUpWorkdays;

    private WorkingCalendar(Collection<Integer> years, Collection<LocalDate> holidays,
            Collection<LocalDate> makeUpWorkdays) {
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        this.makeUpWorkdays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkdays));
        for (LocalDate day : this.holidays) {
            if (this.makeUpWorkdays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a make-up working day");
            }
            requireCovered(day, "holiday");
        }
        for (LocalDate day : this.makeUpWorkdays) {
            if (!isWeekend(day)) {
                throw new IllegalArgumentException(
                        "make-up working day " + day + " is a " + day.getDayOfWeek() + ", not a Saturday or Sunday");
            }
            requireCovered(day, "make-up working day");
        }
    }

    private void requireCovered(LocalDate day, String what) {
        if (!years.contains(day.getYear())) {
            throw new IllegalArgumentException(what + " " + day + " lies outside the years " + years);
        }
    }

    /** Monday to Friday every year: no holidays, no make-up days, no years covered. */
    public static WorkingCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    /**
     * A calendar for the given years.
     *
     * @param years          the years it has data for; every date below must lie in one of them
     * @param holidays       public holidays (days off), on any day of the week
     * @param makeUpWorkdays Saturdays and Sundays that are working days
     * @throws IllegalArgumentException if a day is both, a make-up day is not on a weekend, or a
     *                                  day lies outside {@code years}
     */
    public static WorkingCalendar of(Collection<Integer> years, Collection<LocalDate> holidays,
            Collection<LocalDate> makeUpWorkdays) {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays");
        return new WorkingCalendar(years, holidays, makeUpWorkdays);
    }

    /**
     * A calendar covering exactly the years its dates fall in.
     *
     * @see #of(Collection, Collection, Collection)
     */
    public static WorkingCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays");
        Set<Integer> years = new TreeSet<>();
        holidays.forEach(day -> years.add(day.getYear()));
        makeUpWorkdays.forEach(day -> years.add(day.getYear()));
        return new WorkingCalendar(years, holidays, makeUpWorkdays);
    }

    /**
     * One calendar with the data of all of them, typically one per year.
     *
     * @throws IllegalArgumentException if two of them cover the same year
     */
    public static WorkingCalendar merge(Collection<WorkingCalendar> calendars) {
        Objects.requireNonNull(calendars, "calendars");
        Set<Integer> years = new TreeSet<>();
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> makeUpWorkdays = new TreeSet<>();
        for (WorkingCalendar calendar : calendars) {
            Objects.requireNonNull(calendar, "calendar");
            for (int year : calendar.years) {
                if (!years.add(year)) {
                    throw new IllegalArgumentException("more than one calendar covers the year " + year);
                }
            }
            holidays.addAll(calendar.holidays);
            makeUpWorkdays.addAll(calendar.makeUpWorkdays);
        }
        return new WorkingCalendar(years, holidays, makeUpWorkdays);
    }

    /**
     * Whether the hall works on {@code day}: Monday to Friday unless it is a holiday, Saturday and
     * Sunday only if it is a make-up working day.
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (holidays.contains(day)) {
            return false;
        }
        return !isWeekend(day) || makeUpWorkdays.contains(day);
    }

    /**
     * The {@code n}th working day after {@code day}; {@code day} itself is never counted, whether
     * or not it is a working day. {@code plusWorkingDays(friday, 1)} is the next Monday in a
     * week without holidays.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        Objects.requireNonNull(day, "day");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    /** The years this calendar has holiday data for, ascending. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** Whether this calendar has holiday data for the year of {@code day}. */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return years.contains(day.getYear());
    }

    /** The public holidays, ascending. */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /** The make-up working days (weekend days that are worked), ascending. */
    public SortedSet<LocalDate> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingCalendar that
                && years.equals(that.years)
                && holidays.equals(that.holidays)
                && makeUpWorkdays.equals(that.makeUpWorkdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(years, holidays, makeUpWorkdays);
    }

    @Override
    public String toString() {
        return "WorkingCalendar" + years + " (" + holidays.size() + " holidays, "
                + makeUpWorkdays.size() + " make-up working days)";
    }
}
