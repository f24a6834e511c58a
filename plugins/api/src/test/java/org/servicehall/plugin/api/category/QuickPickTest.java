package org.servicehall.plugin.api.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;

class QuickPickTest {

    private static final LocalizedText RUDE = LocalizedText.of("态度生硬", "Rude");

    @Test
    void a_quick_pick_keeps_its_code_and_label() {
        QuickPick pick = QuickPick.of("RUDE", RUDE);
        assertEquals("RUDE", pick.code());
        assertEquals(RUDE, pick.label());
    }

    @Test
    void a_code_must_look_like_a_category_code() {
        assertThrows(IllegalArgumentException.class, () -> QuickPick.of("rude", RUDE));
        assertThrows(IllegalArgumentException.class, () -> QuickPick.of("R", RUDE));
        assertThrows(IllegalArgumentException.class, () -> QuickPick.of("RUDE-STAFF", RUDE));
        assertThrows(NullPointerException.class, () -> QuickPick.of(null, RUDE));
    }

    @Test
    void a_label_too_long_for_a_button_is_refused() {
        String longText = "x".repeat(QuickPick.LABEL_MAX_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> QuickPick.of("RUDE", LocalizedText.of("态度", longText)));
        assertThrows(NullPointerException.class, () -> QuickPick.of("RUDE", null));
    }

    @Test
    void quick_picks_with_the_same_parts_are_equal() {
        assertEquals(QuickPick.of("RUDE", RUDE), QuickPick.of("RUDE", LocalizedText.of("态度生硬", "Rude")));
        assertEquals(QuickPick.of("RUDE", RUDE).hashCode(), QuickPick.of("RUDE", RUDE).hashCode());
        assertNotEquals(QuickPick.of("RUDE", RUDE), QuickPick.of("IMPATIENT", RUDE));
    }
}
