package org.servicehall.plugin.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final LocalizedText FEES = LocalizedText.of("收费问题", "Fees");

    @Test
    void of_keeps_both_texts() {
        assertEquals("收费问题", FEES.zh());
        assertEquals("Fees", FEES.en());
    }

    @Test
    void of_strips_both_texts() {
        LocalizedText text = LocalizedText.of("  收费问题\t", "\n Fees ");
        assertEquals("收费问题", text.zh());
        assertEquals("Fees", text.en());
    }

    @Test
    void both_texts_are_required() {
        assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "Fees"));
        assertThrows(NullPointerException.class, () -> LocalizedText.of("收费问题", null));
    }

    @Test
    void the_message_names_the_missing_language() {
        NullPointerException missingEn =
                assertThrows(NullPointerException.class, () -> LocalizedText.of("收费问题", null));
        assertEquals("text in en is required", missingEn.getMessage());
    }

    @Test
    void a_blank_text_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("", "Fees"));
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("收费问题", "   "));
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("\u3000", "Fees"));
    }

    @Test
    void any_english_locale_gives_the_english_text() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.US, Locale.UK, Locale.forLanguageTag("en-IN")}) {
            assertEquals("Fees", FEES.in(locale), locale.toString());
        }
    }

    @Test
    void every_other_locale_gives_the_chinese_text() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.TRADITIONAL_CHINESE,
                Locale.GERMAN, Locale.ROOT}) {
            assertEquals("收费问题", FEES.in(locale), locale.toString());
        }
    }

    @Test
    void a_null_locale_gives_the_chinese_text() {
        assertEquals("收费问题", FEES.in(null));
    }

    @Test
    void texts_with_the_same_parts_are_equal_and_share_the_hash_code() {
        LocalizedText same = LocalizedText.of(" 收费问题 ", "Fees ");
        assertEquals(FEES, same);
        assertEquals(FEES.hashCode(), same.hashCode());
    }

    @Test
    void texts_differing_in_either_part_are_not_equal() {
        assertNotEquals(FEES, LocalizedText.of("收费", "Fees"));
        assertNotEquals(FEES, LocalizedText.of("收费问题", "Charges"));
        assertNotEquals(FEES, LocalizedText.of("收费问题", "fees"));
    }

    @Test
    void a_text_is_not_equal_to_null_or_a_string() {
        assertNotEquals(null, FEES);
        assertNotEquals("收费问题 / Fees", FEES);
    }

    @Test
    void to_string_shows_both_languages() {
        assertEquals("收费问题 / Fees", FEES.toString());
    }
}
