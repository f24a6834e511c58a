package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void a_number_is_the_prefix_the_day_and_a_five_digit_sequence() {
        assertEquals("TS-20261128-00042", TrackingNumber.of(DAY, 42).value());
    }

    @Test
    void the_first_complaint_of_a_day_is_number_one() {
        assertEquals("TS-20261128-00001", TrackingNumber.of(DAY, 1).value());
    }

    @Test
    void the_last_five_digit_sequence_is_99999() {
        assertEquals("TS-20261128-99999", TrackingNumber.of(DAY, 99_999).value());
    }

    @Test
    void a_sequence_beyond_99999_gets_six_digits() {
        assertEquals("TS-20261128-100000", TrackingNumber.of(DAY, 100_000).value());
        assertEquals("TS-20261128-999999", TrackingNumber.of(DAY, 999_999).value());
    }

    @Test
    void a_sequence_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.of(DAY, 0));
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.of(DAY, -1));
    }

    @Test
    void a_sequence_beyond_six_digits_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.of(DAY, 1_000_000));
    }

    @Test
    void to_string_is_the_value() {
        assertEquals("TS-20261128-00042", TrackingNumber.of(DAY, 42).toString());
    }

    @Test
    void the_constructor_refuses_a_malformed_value() {
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber("ts-20261128-00042"));
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber("TS-2026112-00042"));
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber("TS-20261128-0042"));
        assertThrows(IllegalArgumentException.class, () -> new TrackingNumber("TS-20261128-0000042"));
        assertThrows(NullPointerException.class, () -> new TrackingNumber(null));
    }

    @Test
    void parse_reads_the_canonical_form() {
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")), TrackingNumber.parse("TS-20261128-00042"));
    }

    @Test
    void parse_accepts_lower_case_letters() {
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")), TrackingNumber.parse("ts-20261128-00042"));
    }

    @Test
    void parse_ignores_surrounding_and_inner_blanks() {
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")),
                TrackingNumber.parse("  TS 20261128 00042 \t"));
    }

    @Test
    void parse_accepts_missing_dashes() {
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")), TrackingNumber.parse("TS2026112800042"));
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")), TrackingNumber.parse("ts20261128-00042"));
    }

    @Test
    void parse_reads_a_six_digit_sequence() {
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-100000")), TrackingNumber.parse("ts20261128100000"));
    }

    @Test
    void parse_round_trips_a_generated_number() {
        TrackingNumber number = TrackingNumber.of(DAY, 123_456);
        assertEquals(Optional.of(number), TrackingNumber.parse(number.value()));
    }

    @Test
    void parse_is_empty_for_null_or_blank() {
        assertTrue(TrackingNumber.parse(null).isEmpty());
        assertTrue(TrackingNumber.parse("").isEmpty());
        assertTrue(TrackingNumber.parse("   ").isEmpty());
    }

    @Test
    void parse_is_empty_for_garbage() {
        assertTrue(TrackingNumber.parse("hello").isEmpty());
        assertTrue(TrackingNumber.parse("XX-20261128-00042").isEmpty());
        assertTrue(TrackingNumber.parse("TS-20261128-0004").isEmpty());
        assertTrue(TrackingNumber.parse("TS-20261128-0000042").isEmpty());
        assertTrue(TrackingNumber.parse("TS-2026112A-00042").isEmpty());
        assertTrue(TrackingNumber.parse("202611280004").isEmpty());
        assertTrue(TrackingNumber.parse("T-20261128-00042").isEmpty());
        assertTrue(TrackingNumber.parse("TS-20261128-00042x").isEmpty());
    }

    @Test
    void parse_accepts_the_digits_alone_as_a_keypad_or_a_hurried_typist_gives_them() {
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")), TrackingNumber.parse("2026112800042"));
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")), TrackingNumber.parse("20261128-00042"));
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-100001")), TrackingNumber.parse("20261128100001"));
    }

    @Test
    void parse_reads_full_width_characters_from_a_chinese_input_method() {
        assertEquals(Optional.of(new TrackingNumber("TS-20261128-00042")),
                TrackingNumber.parse("\uFF34\uFF33\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF11\uFF11\uFF12\uFF18\u3000\uFF10\uFF10\uFF10\uFF14\uFF12"));
    }

    @Test
    void digits_are_what_a_keypad_shows_five_or_six_for_the_day_number() {
        assertEquals("2026112800042", TrackingNumber.of(DAY, 42).digits());
        assertEquals("20261128100001", TrackingNumber.of(DAY, 100_001).digits());
        assertEquals(Optional.of(TrackingNumber.of(DAY, 100_001)), TrackingNumber.parse(TrackingNumber.of(DAY, 100_001).digits()));
    }
}
