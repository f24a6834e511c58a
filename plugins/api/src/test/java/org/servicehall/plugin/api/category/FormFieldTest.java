package org.servicehall.plugin.api.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;

class FormFieldTest {

    private static final LocalizedText WHICH = LocalizedText.of("办理的业务", "Which service");
    private static final List<QuickPick> SERVICES = List.of(
            QuickPick.of("REAL_ESTATE", LocalizedText.of("不动产登记", "Real estate")),
            QuickPick.of("SOCIAL_SECURITY", LocalizedText.of("社保医保", "Social security")));

    @Test
    void a_text_field_has_a_length_limit() {
        FormField field = FormField.text("CASE_NUMBER", WHICH, false, 30);
        assertEquals(FormField.Type.TEXT, field.type());
        assertEquals(30, field.maxLength());
        assertFalse(field.required());
        assertThrows(IllegalArgumentException.class, () -> FormField.text("CASE_NUMBER", WHICH, false, 0));
        assertThrows(IllegalArgumentException.class,
                () -> FormField.text("CASE_NUMBER", WHICH, false, FormField.TEXT_MAX_LENGTH + 1));
    }

    @Test
    void a_number_field_has_a_range_of_whole_numbers() {
        FormField field = FormField.number("VISITS", WHICH, true, 1, 20);
        assertEquals(FormField.Type.NUMBER, field.type());
        assertEquals(1, field.min());
        assertEquals(20, field.max());
        assertTrue(field.required());
        assertThrows(IllegalArgumentException.class, () -> FormField.number("VISITS", WHICH, true, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> FormField.number("VISITS", WHICH, true, -1, 4));
    }

    @Test
    void a_choice_field_offers_two_to_eight_choices_with_distinct_codes() {
        FormField field = FormField.choice("SERVICE", WHICH, true, SERVICES);
        assertEquals(SERVICES, field.choices());
        assertThrows(IllegalArgumentException.class, () -> FormField.choice("SERVICE", WHICH, true, SERVICES.subList(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> FormField.choice("SERVICE", WHICH, true,
                List.of(SERVICES.get(0), SERVICES.get(0))));
    }

    @Test
    void a_date_field_needs_nothing_more() {
        FormField field = FormField.date("APPOINTMENT", WHICH, false);
        assertEquals(FormField.Type.DATE, field.type());
        assertTrue(field.choices().isEmpty());
    }

    @Test
    void fields_are_values() {
        assertEquals(FormField.choice("SERVICE", WHICH, true, SERVICES), FormField.choice("SERVICE", WHICH, true, SERVICES));
        assertFalse(FormField.date("VISIT_DAY", WHICH, true).equals(FormField.date("VISIT_DAY", WHICH, false)));
    }
}
