package org.servicehall.ui.support;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day picked by stepping (a day or a week at a time) between two limits: simpler for a finger and
 * for old eyes than a calendar grid, and enough for "when did it happen".
 */
public class DayPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate earliest;
    private final LocalDate latest;
    private LocalDate day;

    public DayPicker(LocalDate initial, LocalDate earliest, LocalDate latest) {
        this.earliest = Objects.requireNonNull(earliest, "earliest");
        this.latest = Objects.requireNonNull(latest, "latest");
        this.day = clamp(Objects.requireNonNull(initial, "initial"));
    }

    /** Steps back by the given number of days, never before the earliest day. */
    public void earlier(int days) {
        day = clamp(day.minusDays(days));
    }

    /** Steps forward by the given number of days, never after the latest day. */
    public void later(int days) {
        day = clamp(day.plusDays(days));
    }

    public boolean isAtEarliest() {
        return !day.isAfter(earliest);
    }

    public boolean isAtLatest() {
        return !day.isBefore(latest);
    }

    public LocalDate getDay() {
        return day;
    }

    private LocalDate clamp(LocalDate candidate) {
        return candidate.isBefore(earliest) ? earliest : candidate.isAfter(latest) ? latest : candidate;
    }
}
