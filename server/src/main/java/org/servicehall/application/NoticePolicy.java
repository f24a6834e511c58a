package org.servicehall.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When complainants may be sent messages: not in the quiet hours (by default 21:00 to 08:00,
 * hall clock; a message due then waits for their end), and at most {@code perDay} messages about
 * one complaint on one day (the rest wait for the next day's end of quiet hours).
 *
 * @param quietFrom  when the quiet hours begin
 * @param quietUntil when they end (before {@code quietFrom}: they span midnight)
 * @param perDay     the most messages about one complaint sent on one day, at least 1
 */
public record NoticePolicy(LocalTime quietFrom, LocalTime quietUntil, int perDay, ZoneId zone) {

    public NoticePolicy {
        Objects.requireNonNull(quietFrom, "quietFrom");
        Objects.requireNonNull(quietUntil, "quietUntil");
        Objects.requireNonNull(zone, "zone");
        if (perDay < 1) {
            throw new IllegalArgumentException("perDay must be at least 1: " + perDay);
        }
    }

    /** The first moment at or after {@code at} outside the quiet hours. */
    public Instant outsideQuietHours(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!quiet(time)) {
            return at;
        }
        LocalDate day = quietFrom.isAfter(quietUntil) && !time.isBefore(quietFrom) ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        return day.atTime(quietUntil).atZone(zone).toInstant();
    }

    /** The end of the quiet hours on the day after {@code at}'s day. */
    public Instant nextDay(Instant at) {
        return at.atZone(zone).toLocalDate().plusDays(1).atTime(quietUntil).atZone(zone).toInstant();
    }

    /** The day {@code at} falls on, as its first and its next day's first instant. */
    public Instant[] dayOf(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return new Instant[] {day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
    }

    boolean quiet(LocalTime time) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }

    /** A short pause used in texts and logs. */
    public Duration quietLength() {
        Duration d = Duration.between(quietFrom, quietUntil);
        return d.isNegative() ? d.plusDays(1) : d;
    }
}
