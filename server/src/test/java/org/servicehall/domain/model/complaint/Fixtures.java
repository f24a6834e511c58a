package org.servicehall.domain.model.complaint;

import java.time.LocalTime;
import java.time.ZoneId;
import org.servicehall.domain.model.calendar.DeadlineDefaults;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.WorkingCalendar;

/** Shared test values for complaints: the standard deadline rules on a Monday-to-Friday calendar. */
public final class Fixtures {

    public static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    public static final DeadlinePolicy DEADLINES =
            new DeadlinePolicy(WorkingCalendar.weekdaysOnly(), DeadlineDefaults.standard(), HALL, LocalTime.of(17, 30));

    private Fixtures() {
    }
}
