package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplainantTest {

    private static final PhoneNumber PHONE = new PhoneNumber("13812345678");

    @Test
    void an_anonymous_complainant_carries_no_name_and_no_phone() {
        Complainant anonymous = Complainant.anonymous();
        assertTrue(anonymous.isAnonymous());
        assertTrue(anonymous.name().isEmpty());
        assertTrue(anonymous.phone().isEmpty());
    }

    @Test
    void a_reachable_complainant_is_not_anonymous_and_has_the_phone() {
        Complainant complainant = Complainant.reachableAt(PHONE, "Li Lei");
        assertFalse(complainant.isAnonymous());
        assertEquals(Optional.of(PHONE), complainant.phone());
        assertEquals(Optional.of("Li Lei"), complainant.name());
    }

    @Test
    void a_reachable_complainant_needs_a_phone() {
        assertThrows(IllegalArgumentException.class, () -> Complainant.reachableAt(null, "Li Lei"));
        assertThrows(IllegalArgumentException.class, () -> Complainant.reachableAt(null, null));
    }

    @Test
    void the_name_is_optional() {
        assertTrue(Complainant.reachableAt(PHONE, null).name().isEmpty());
        assertTrue(Complainant.reachableAt(PHONE, "   ").name().isEmpty());
    }

    @Test
    void the_name_is_stripped() {
        assertEquals(Optional.of("王芳"), Complainant.reachableAt(PHONE, "  王芳 ").name());
    }

    @Test
    void a_name_of_50_characters_is_accepted() {
        String name = "n".repeat(Complainant.NAME_MAX_LENGTH);
        assertEquals(Optional.of(name), Complainant.reachableAt(PHONE, name).name());
    }

    @Test
    void a_name_longer_than_50_characters_is_refused() {
        String name = "n".repeat(Complainant.NAME_MAX_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> Complainant.reachableAt(PHONE, name));
    }
}
