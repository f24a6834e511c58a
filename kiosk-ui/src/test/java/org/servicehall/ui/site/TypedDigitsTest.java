package org.servicehall.ui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tracking numbers are read by the domain's parser: TrackingNumberTest in the server. */
class TypedDigitsTest {

    @Test
    void spaces_around_a_code_are_ignored_but_nothing_else_is_invented() {
        assertEquals("123456", TypedDigits.digits(" 123 456 "));
        assertEquals("12a4", TypedDigits.digits("12a4"));
        assertEquals("", TypedDigits.digits(null));
    }
}
