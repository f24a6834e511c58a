package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.Cases.RECEIVED_AT;

import java.time.Duration;
import java.time.Instant;
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

    // the deadlines of the standard case ({@link Cases}) under these rules

    /** 1 working day after Mon 2026-11-30, at 17:30 in Shanghai. */
    public static final Instant ACK_DUE_NORMAL = Instant.parse("2026-12-01T09:30:00Z");
    public static final Instant ACK_DUE_URGENT = RECEIVED_AT.plus(Duration.ofHours(4));
    public static final Instant ACK_DUE_EMERGENCY = RECEIVED_AT.plus(Duration.ofHours(1));
    /** 2 working days after the assignment on Mon 2026-11-30. */
    public static final Instant SIGN_FOR_DUE = Instant.parse("2026-12-02T09:30:00Z");
    /** 5 working days after the assignment on Mon 2026-11-30. */
    public static final Instant HANDLE_DUE = Instant.parse("2026-12-07T09:30:00Z");
    /** 2 working days after completion on Wed 2026-12-02. */
    public static final Instant FEEDBACK_DUE = Instant.parse("2026-12-04T09:30:00Z");

    private Fixtures() {
    }
}
