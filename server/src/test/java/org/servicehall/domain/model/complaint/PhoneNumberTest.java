package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void an_eleven_digit_mobile_number_is_accepted() {
        for (String mobile : List.of("13800138000", "15912345678", "19987654321")) {
            assertEquals(mobile, assertDoesNotThrow(() -> new PhoneNumber(mobile)).value());
        }
    }

    @Test
    void a_mobile_number_with_a_wrong_second_digit_or_length_is_refused() {
        for (String bad : List.of("12800138000", "10800138000", "1380013800", "138001380001", "23800138000")) {
            assertThrows(IllegalArgumentException.class, () -> new PhoneNumber(bad), bad);
        }
    }

    @Test
    void a_landline_with_area_code_is_accepted_with_or_without_dash() {
        for (String landline : List.of("010-12345678", "01012345678", "0755-1234567", "07551234567", "0571-87654321")) {
            assertEquals(landline, assertDoesNotThrow(() -> new PhoneNumber(landline)).value());
        }
    }

    @Test
    void a_landline_without_leading_zero_or_with_a_wrong_length_is_refused() {
        for (String bad : List.of("110-12345678", "010-123456", "010-123456789", "01-12345678", "01234-1234567")) {
            assertThrows(IllegalArgumentException.class, () -> new PhoneNumber(bad), bad);
        }
    }

    @Test
    void letters_spaces_and_blanks_are_refused_by_the_constructor() {
        for (String bad : List.of("", "abc", "138 0013 8000", "+8613800138000", "138-0013-8000")) {
            assertThrows(IllegalArgumentException.class, () -> new PhoneNumber(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> new PhoneNumber(null));
    }

    @Test
    void parse_ignores_spaces() {
        assertEquals(Optional.of(new PhoneNumber("13800138000")), PhoneNumber.parse(" 138 0013 8000 "));
        assertEquals(Optional.of(new PhoneNumber("010-12345678")), PhoneNumber.parse("010 - 1234 5678"));
        assertEquals(Optional.of(new PhoneNumber("13800138000")), PhoneNumber.parse("138\t0013 8000"));
    }

    @Test
    void parse_is_empty_for_null_blank_or_invalid_text() {
        assertTrue(PhoneNumber.parse(null).isEmpty());
        assertTrue(PhoneNumber.parse("").isEmpty());
        assertTrue(PhoneNumber.parse("   ").isEmpty());
        assertTrue(PhoneNumber.parse("1380013800").isEmpty());
        assertTrue(PhoneNumber.parse("call me").isEmpty());
        assertTrue(PhoneNumber.parse("138-0013-8000").isEmpty());
    }

    @Test
    void a_mobile_number_is_masked_in_the_middle() {
        assertEquals("138****5678", new PhoneNumber("13812345678").masked());
    }

    @Test
    void a_landline_is_masked_without_its_dash() {
        assertEquals("010****5678", new PhoneNumber("010-12345678").masked());
        assertEquals("075****4567", new PhoneNumber("0755-1234567").masked());
    }

    @Test
    void to_string_never_reveals_the_full_number() {
        PhoneNumber mobile = new PhoneNumber("13812345678");
        PhoneNumber landline = new PhoneNumber("010-12345678");
        assertEquals("138****5678", mobile.toString());
        assertFalse(mobile.toString().contains("13812345678"));
        assertFalse(landline.toString().contains("12345678"));
        assertFalse(String.valueOf(Optional.of(mobile)).contains("13812345678"));
    }

    @Test
    void a_refused_number_is_not_echoed_in_the_error_message() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new PhoneNumber("1381234567"));
        assertFalse(String.valueOf(error.getMessage()).contains("1381234567"));
    }

    @Test
    void numbers_with_the_same_value_are_equal() {
        assertEquals(new PhoneNumber("13812345678"), PhoneNumber.parse("138 1234 5678").orElseThrow());
        assertEquals(new PhoneNumber("13812345678").hashCode(), new PhoneNumber("13812345678").hashCode());
    }

    @Test
    void an_outside_system_may_give_a_number_in_international_format() {
        assertEquals(Optional.of(new PhoneNumber("+442079460000")), PhoneNumber.parseInternational("+44 20 7946 0000"));
        assertEquals(Optional.of(new PhoneNumber("+12025550123")), PhoneNumber.parseInternational("001 (202) 555-0123"));
        assertEquals(Optional.of(new PhoneNumber("13800138000")), PhoneNumber.parseInternational("+86 138 0013 8000"),
                "a Chinese number becomes the domestic form, as the hall's own forms store it");
        assertEquals(Optional.of(new PhoneNumber("01012345678")), PhoneNumber.parseInternational("+86 10 1234 5678"));
        assertEquals(Optional.of(new PhoneNumber("13800138000")), PhoneNumber.parseInternational("138 0013 8000"));
        for (String bad : List.of("+0 123456", "+44", "+44 20 7946 0000 1234 56", "+86 12345", "phone")) {
            assertTrue(PhoneNumber.parseInternational(bad).isEmpty(), bad);
        }
        assertTrue(PhoneNumber.parse("+44 20 7946 0000").isEmpty(), "the hall's own forms take Chinese numbers only");
        assertEquals("+44****0000", new PhoneNumber("+442079460000").masked());
    }
}
