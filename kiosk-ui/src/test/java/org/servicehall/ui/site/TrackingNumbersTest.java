package org.servicehall.ui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void a_number_typed_or_pasted_in_any_usual_way_means_the_same_complaint() {
        assertEquals("TS-20261128-00042", TrackingNumbers.normalize("TS-20261128-00042"));
        assertEquals("TS-20261128-00042", TrackingNumbers.normalize(" ts 20261128 00042 "));
        assertEquals("TS-20261128-00042", TrackingNumbers.normalize("2026112800042"));
    }

    @Test
    void a_number_without_exactly_thirteen_digits_is_no_number() {
        assertNull(TrackingNumbers.normalize("TS-20261128-0004"));
        assertNull(TrackingNumbers.normalize("TS-20261128-000421"));
        assertNull(TrackingNumbers.normalize(""));
        assertNull(TrackingNumbers.normalize(null));
    }

    @Test
    void spaces_around_a_code_are_ignored_but_nothing_else_is_invented() {
        assertEquals("123456", TrackingNumbers.digits(" 123 456 "));
        assertEquals("12a4", TrackingNumbers.digits("12a4"));
    }
}
