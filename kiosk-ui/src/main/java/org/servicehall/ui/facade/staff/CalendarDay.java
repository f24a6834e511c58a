package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A day of the working-day calendar.
 *
 * @param kind {@code HOLIDAY} (a public holiday) or {@code MAKE_UP_WORKDAY} (a weekend day worked)
 */
public record CalendarDay(LocalDate date, String kind) implements Serializable {
}
