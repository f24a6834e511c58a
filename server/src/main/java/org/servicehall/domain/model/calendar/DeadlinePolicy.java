package org.servicehall.domain.model.calendar;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Tells when a stage of a complaint is due: the stage's rule for the complaint's urgency and
 * category, applied to the hall's working calendar, time zone and end of the working day.
 * Immutable and thread-safe; build a new one when the calendar or the rules change.
 */
public final class DeadlinePolicy {

    private final WorkingCalendar calendar;
    private final DeadlineDefaults defaults;
    private final ZoneId zone;
    private final LocalTime endOfWorkingDay;

    /**
     * @param calendar        the hall's working days
     * @param defaults        the rule of each stage and urgency, with category overrides
     * @param zone            the hall's time zone, e.g. Asia/Shanghai
     * @param endOfWorkingDay when a working day ends, e.g. 17:30
     */
    public DeadlinePolicy(WorkingCalendar calendar, DeadlineDefaults defaults, ZoneId zone, LocalTime endOfWorkingDay) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.endOfWorkingDay = Objects.requireNonNull(endOfWorkingDay, "endOfWorkingDay");
    }

    /**
     * When {@code stage} is due if its clock starts at {@code from}.
     *
     * @param categoryCode the complaint's category code, for category overrides; {@code null} for
     *                     the defaults
     */
    public Instant due(Stage stage, Urgency urgency, String categoryCode, Instant from) {
        Objects.requireNonNull(from, "from");
        return defaults.rule(stage, urgency, categoryCode).dueFrom(from, calendar, zone, endOfWorkingDay);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public DeadlineDefaults defaults() {
        return defaults;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime endOfWorkingDay() {
        return endOfWorkingDay;
    }
}
