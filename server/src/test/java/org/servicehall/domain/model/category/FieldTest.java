package org.servicehall.domain.model.category;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldTest {

    private static final Field VISITS = new Field("VISITS", Field.Type.NUMBER, "来了几次", "Visits", false, 0, 1, 99, null);
    private static final Field SERVICE = new Field("SERVICE", Field.Type.CHOICE, "哪类业务", "Which service", true, 0, 0, 0,
            List.of(new Category.QuickPick("TAX", "税务", "Taxes"), new Category.QuickPick("OTHER", "其他", "Other")));
    private static final Field POLICY = new Field("POLICY", Field.Type.TEXT, "哪项政策", "Which policy", false, 10, 0, 0, null);
    private static final Field DAY = new Field("DAY", Field.Type.DATE, "哪一天", "Which day", false, 0, 0, 0, null);

    @Test
    void a_blank_answer_is_fine_unless_the_field_is_required() {
        assertEquals(Optional.empty(), VISITS.problem(" "));
        assertEquals(Optional.of("required"), SERVICE.problem(null));
    }

    @Test
    void a_number_must_be_digits_within_its_range() {
        assertEquals(Optional.empty(), VISITS.problem("3"));
        assertEquals(Optional.of("outOfRange"), VISITS.problem("0"));
        assertEquals(Optional.of("outOfRange"), VISITS.problem("100"));
        assertEquals(Optional.of("invalid"), VISITS.problem("-3"));
        assertEquals(Optional.of("invalid"), VISITS.problem("three"));
    }

    @Test
    void a_choice_must_be_one_of_the_offered_codes_and_reads_as_its_label() {
        assertEquals(Optional.empty(), SERVICE.problem("TAX"));
        assertEquals(Optional.of("unknown"), SERVICE.problem("FISHING"));
        assertEquals("税务", SERVICE.display("TAX", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Taxes", SERVICE.display("TAX", Locale.ENGLISH));
    }

    @Test
    void a_text_has_a_length_limit_and_no_control_characters() {
        assertEquals(Optional.empty(), POLICY.problem("公积金提取"));
        assertEquals(Optional.of("tooLong"), POLICY.problem("一二三四五六七八九十十一"));
        assertEquals(Optional.of("invalid"), POLICY.problem("a\u0007b"));
    }

    @Test
    void a_date_is_an_iso_day() {
        assertEquals(Optional.empty(), DAY.problem("2026-11-27"));
        assertEquals(Optional.of("invalid"), DAY.problem("27.11.2026"));
        assertEquals(Optional.of("invalid"), DAY.problem("2026-02-30"));
    }
}
