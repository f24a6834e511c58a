package org.servicehall.domain.model.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a stage may take: until the end of the same day, a number of calendar hours, or a
 * number of working days. Written as {@code sameday}, {@code 4h} or {@code 5wd}.
 *
 * @param kind   which of the three
 * @param amount the number of hours or working days (at least 1); 0 for {@link Kind#SAME_DAY}
 */
public record DeadlineRule(Kind kind, int amount) {

    /** The three kinds of rule. */
    public enum Kind {

        /**
         * Until the end of the calendar day on which the clock starts, in the hall's time zone,
         * working day or not. Started after the end of the working day: until 23:59:59 (so a
         * clock started in the last second of a day is due at once).
         */
        SAME_DAY,

        /** A number of calendar hours, around the clock, holidays included. */
        HOURS,

        /**
         * Until the end of the working day that is the given number of working days after the day
         * the clock starts. The start day itself is never counted, so a clock started on a holiday
         * or weekend counts from the next working day on.
         */
        WORKING_DAYS
    }

    /** The latest time of day a same-day deadline runs to when it starts after working hours. */
    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    private static final Pattern TEXT = Pattern.compile("(\\d{1,6})(h|wd)");

    public DeadlineRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SAME_DAY ? amount != 0 : amount < 1) {
            throw new IllegalArgumentException(kind == Kind.SAME_DAY
                    ? "a same-day rule has no amount: " + amount
                    : "a " + kind + " rule needs an amount of at least 1: " + amount);
        }
    }

    /** Until the end of the day the clock starts. */
    public static DeadlineRule sameDay() {
        return new DeadlineRule(Kind.SAME_DAY, 0);
    }

    /** {@code n} calendar hours. */
    public static DeadlineRule hours(int n) {
        return new DeadlineRule(Kind.HOURS, n);
    }

    /** Until the end of the {@code n}th working day after the start day. */
    public static DeadlineRule workingDays(int n) {
        return new DeadlineRule(Kind.WORKING_DAYS, n);
    }

    /**
     * Reads {@code sameday}, {@code <n>h} or {@code <n>wd}, ignoring case and blanks anywhere
     * (so {@code " 5 WD "} is {@code 5wd}).
     *
     * @throws IllegalArgumentException if the text is none of these, or the amount is 0
     */
    public static DeadlineRule parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (compact.equals("sameday")) {
            return sameDay();
        }
        Matcher matcher = TEXT.matcher(compact);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "not a deadline rule: \"" + text + "\" (expected sameday, <n>h or <n>wd, e.g. 4h or 5wd)");
        }
        int amount = Integer.parseInt(matcher.group(1));
        if (amount < 1) {
            throw new IllegalArgumentException("not a deadline rule: \"" + text + "\" (the amount must be at least 1)");
        }
        return matcher.group(2).equals("h") ? hours(amount) : workingDays(amount);
    }

    /**
     * When a clock started at {@code start} runs out under this rule.
     *
     * @param start    when the clock starts
     * @param calendar the working days, used by working-day rules
     * @param zone     the hall's time zone, in which days begin and end
     * @param endOfDay when the working day ends, e.g. 17:30
     */
    public Instant dueFrom(Instant start, WorkingCalendar calendar, ZoneId zone, LocalTime endOfDay) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(endOfDay, "endOfDay");
        ZonedDateTime startLocal = start.atZone(zone);
        LocalDate startDay = startLocal.toLocalDate();
        return switch (kind) {
            case SAME_DAY -> {
                LocalTime until = startLocal.toLocalTime().isAfter(endOfDay) ? LAST_SECOND : endOfDay;
                yield startDay.atTime(until).atZone(zone).toInstant();
            }
            case HOURS -> start.plus(Duration.ofHours(amount));
            case WORKING_DAYS -> calendar.plusWorkingDays(startDay, amount).atTime(endOfDay).atZone(zone).toInstant();
        };
    }

    /** {@code sameday}, {@code <n>h} or {@code <n>wd}: the form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return switch (kind) {
            case SAME_DAY -> "sameday";
            case HOURS -> amount + "h";
            case WORKING_DAYS -> amount + "wd";
        };
    }
}
