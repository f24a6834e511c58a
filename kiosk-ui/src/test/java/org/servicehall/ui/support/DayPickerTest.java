package org.servicehall.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayPickerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void stepping_stays_between_the_limits() {
        DayPicker picker = new DayPicker(TODAY.minusDays(2), TODAY.minusDays(10), TODAY.minusDays(2));
        assertTrue(picker.isAtLatest());
        picker.later(1);
        assertEquals(TODAY.minusDays(2), picker.getDay());
        picker.earlier(7);
        assertEquals(TODAY.minusDays(9), picker.getDay());
        picker.earlier(7);
        assertEquals(TODAY.minusDays(10), picker.getDay());
        assertTrue(picker.isAtEarliest());
    }

    @Test
    void a_start_outside_the_limits_is_moved_inside() {
        assertEquals(TODAY, new DayPicker(TODAY.plusDays(3), TODAY.minusDays(1), TODAY).getDay());
    }
}
