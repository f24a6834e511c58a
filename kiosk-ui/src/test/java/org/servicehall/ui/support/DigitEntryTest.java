package org.servicehall.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitEntryTest {

    private static DigitEntry typed(int maxLength, String digits) {
        DigitEntry entry = new DigitEntry(maxLength);
        for (char c : digits.toCharArray()) {
            entry.press(String.valueOf(c));
        }
        return entry;
    }

    @Test
    void a_new_entry_is_empty() {
        DigitEntry entry = new DigitEntry(11);
        assertTrue(entry.isEmpty());
        assertFalse(entry.isFull());
        assertEquals("", entry.getValue());
        assertEquals(11, entry.getMaxLength());
    }

    @Test
    void pressed_digits_are_appended_in_order() {
        DigitEntry entry = typed(11, "1380");
        assertEquals("1380", entry.getValue());
        assertFalse(entry.isEmpty());
    }

    @Test
    void press_ignores_anything_that_is_not_a_single_digit() {
        DigitEntry entry = new DigitEntry(11);
        for (String key : new String[] {null, "", "a", "-", " ", "12", "1 ", "*", "#"}) {
            entry.press(key);
        }
        assertEquals("", entry.getValue());
        assertTrue(entry.isEmpty());
    }

    @Test
    void press_ignores_digits_beyond_the_maximum_length() {
        DigitEntry entry = typed(4, "123456");
        assertEquals("1234", entry.getValue());
        assertTrue(entry.isFull());
    }

    @Test
    void an_entry_is_full_at_its_maximum_length() {
        DigitEntry entry = typed(3, "12");
        assertFalse(entry.isFull());
        entry.press("3");
        assertTrue(entry.isFull());
    }

    @Test
    void backspace_removes_the_last_digit() {
        DigitEntry entry = typed(11, "138");
        entry.backspace();
        assertEquals("13", entry.getValue());
    }

    @Test
    void backspace_on_an_empty_entry_does_nothing() {
        DigitEntry entry = new DigitEntry(11);
        entry.backspace();
        assertEquals("", entry.getValue());
        assertTrue(entry.isEmpty());
    }

    @Test
    void a_full_entry_takes_a_digit_again_after_backspace() {
        DigitEntry entry = typed(3, "123");
        entry.backspace();
        entry.press("9");
        assertEquals("129", entry.getValue());
    }

    @Test
    void clear_removes_every_digit() {
        DigitEntry entry = typed(11, "13800138000");
        entry.clear();
        assertEquals("", entry.getValue());
        assertTrue(entry.isEmpty());
        entry.press("5");
        assertEquals("5", entry.getValue());
    }

    @Test
    void a_mobile_number_is_grouped_three_four_four() {
        assertEquals("138 0013 8000", typed(11, "13800138000").grouped(3, 4, 4));
    }

    @Test
    void a_partial_number_shows_the_groups_typed_so_far() {
        assertEquals("13", typed(11, "13").grouped(3, 4, 4));
        assertEquals("138", typed(11, "138").grouped(3, 4, 4));
        assertEquals("138 0", typed(11, "1380").grouped(3, 4, 4));
        assertEquals("138 0013 80", typed(11, "138001380").grouped(3, 4, 4));
    }

    @Test
    void an_empty_entry_groups_to_an_empty_text() {
        assertEquals("", new DigitEntry(11).grouped(3, 4, 4));
    }

    @Test
    void digits_beyond_the_groups_are_appended_as_a_last_group() {
        assertEquals("12 34 5678", typed(20, "12345678").grouped(2, 2));
    }

    @Test
    void a_group_size_larger_than_the_rest_takes_what_is_left() {
        assertEquals("123 45", typed(20, "12345").grouped(3, 10));
    }

    @Test
    void without_groups_the_digits_are_one_group() {
        assertEquals("12345", typed(20, "12345").grouped());
    }
}
