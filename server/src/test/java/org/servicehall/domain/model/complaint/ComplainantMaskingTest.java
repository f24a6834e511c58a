package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What roles without a need for the contact see of a complainant, and when a complainant can be reached. */
class ComplainantMaskingTest {

    private static final PhoneNumber MOBILE = new PhoneNumber("13812345678");

    private static Optional<String> masked(String name) {
        return Complainant.reachableAt(MOBILE, name).maskedName();
    }

    // ------------------------------------------------------------------ names

    @Test
    void a_two_character_name_shows_only_the_family_name() {
        assertEquals(Optional.of("张*"), masked("张三"));
    }

    @Test
    void a_three_character_name_hides_both_given_characters() {
        assertEquals(Optional.of("王**"), masked("王小明"));
    }

    @Test
    void a_four_character_name_keeps_a_compound_family_name() {
        assertEquals(Optional.of("欧阳**"), masked("欧阳修远"));
        assertEquals(Optional.of("司马**"), masked("司马相如"));
    }

    @Test
    void a_single_character_is_shown_as_it_is_since_it_is_the_family_name() {
        assertEquals(Optional.of("李"), masked("李"));
    }

    @Test
    void the_mask_hides_one_star_per_character_not_per_char_unit() {
        // 𠀾 lies outside the basic plane: two chars, one character
        assertEquals(Optional.of("𠀾*"), masked("𠀾明"));
        assertEquals(Optional.of("张**"), masked("张𠀾明"));
    }

    @Test
    void the_mask_works_on_the_stripped_name() {
        assertEquals(Optional.of("张*"), masked("  张三 "));
    }

    @Test
    void a_complainant_without_a_name_has_no_masked_name() {
        assertTrue(Complainant.anonymous().maskedName().isEmpty());
        assertTrue(masked(null).isEmpty());
        assertTrue(masked("  ").isEmpty());
    }

    @Test
    void masking_does_not_change_the_name_itself() {
        Complainant complainant = Complainant.reachableAt(MOBILE, "欧阳修远");
        complainant.maskedName();
        assertEquals(Optional.of("欧阳修远"), complainant.name());
    }

    // ------------------------------------------------------------------ phone numbers

    @Test
    void a_mobile_number_shows_its_first_three_and_last_four_digits() {
        assertEquals("138****5678", MOBILE.masked());
        assertEquals("199****4321", new PhoneNumber("19987654321").masked());
    }

    @Test
    void a_landline_is_masked_without_its_dash() {
        assertEquals("010****5678", new PhoneNumber("010-12345678").masked());
        assertEquals("010****5678", new PhoneNumber("01012345678").masked());
        assertEquals("057****4321", new PhoneNumber("0571-87654321").masked());
        assertEquals("075****4567", new PhoneNumber("0755-1234567").masked());
    }

    @Test
    void a_phone_number_prints_masked() {
        assertEquals("138****5678", MOBILE.toString());
        assertEquals("13812345678", MOBILE.value());
    }

    // ------------------------------------------------------------------ named complainants

    @Test
    void a_named_complainant_may_give_a_phone_only() {
        Complainant complainant = Complainant.named("张三", MOBILE, null);
        assertEquals(Optional.of(MOBILE), complainant.phone());
        assertTrue(complainant.otherContact().isEmpty());
        assertFalse(complainant.isAnonymous());
        assertTrue(complainant.isReachable());
    }

    @Test
    void a_named_complainant_may_give_another_contact_only() {
        Complainant complainant = Complainant.named("李四", null, "  杭州市西湖区文三路100号 ");
        assertTrue(complainant.phone().isEmpty());
        assertEquals(Optional.of("杭州市西湖区文三路100号"), complainant.otherContact());
        assertTrue(complainant.isReachable());
        assertEquals(Optional.of("李*"), complainant.maskedName());
    }

    @Test
    void a_named_complainant_needs_a_phone_or_another_contact() {
        assertThrows(IllegalArgumentException.class, () -> Complainant.named("张三", null, null));
        assertThrows(IllegalArgumentException.class, () -> Complainant.named("张三", null, "   "));
        assertThrows(IllegalArgumentException.class, () -> Complainant.named(null, null, ""));
    }

    @Test
    void the_other_contact_is_at_most_200_characters() {
        assertEquals(200, Complainant.named(null, null, "x".repeat(200)).otherContact().orElseThrow().length());
        assertThrows(IllegalArgumentException.class, () -> Complainant.named(null, MOBILE, "x".repeat(201)));
    }

    @Test
    void a_named_complainant_keeps_the_name_rules() {
        assertTrue(Complainant.named(" ", MOBILE, null).name().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Complainant.named("n".repeat(51), MOBILE, null));
    }

    // ------------------------------------------------------------------ reachability

    @Test
    void an_anonymous_complainant_cannot_be_reached() {
        assertFalse(Complainant.anonymous().isReachable());
        assertTrue(Complainant.anonymous().otherContact().isEmpty());
    }

    @Test
    void a_complainant_with_a_phone_can_be_reached() {
        assertTrue(Complainant.reachableAt(MOBILE, null).isReachable());
        assertTrue(Complainant.named("王五", new PhoneNumber("0571-87654321"), "wang@example.cn").isReachable());
    }
}
