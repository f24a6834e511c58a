package org.servicehall.plugins.channel.hotline12345;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryMapTest {

    private static final Set<String> OFFERED = Set.of("SERVICE_ATTITUDE", "BUSINESS_HANDLING", "REAL_ESTATE");

    @Test
    void a_mapped_code_goes_to_its_category_whatever_its_case_and_spacing() {
        CategoryMap map = CategoryMap.parse(" A01 = REAL_ESTATE ,A02=SERVICE_ATTITUDE\nA03=BUSINESS_HANDLING", "BUSINESS_HANDLING");
        assertEquals(Optional.of("REAL_ESTATE"), map.categoryFor("a01", OFFERED));
        assertEquals(Optional.of("SERVICE_ATTITUDE"), map.categoryFor("A02 ", OFFERED));
    }

    @Test
    void an_unknown_code_a_missing_code_or_a_category_not_on_offer_goes_to_the_default() {
        CategoryMap map = CategoryMap.parse("A01=QUEUEING", "SERVICE_ATTITUDE");
        assertEquals(Optional.of("SERVICE_ATTITUDE"), map.categoryFor("Z99", OFFERED));
        assertEquals(Optional.of("SERVICE_ATTITUDE"), map.categoryFor(null, OFFERED));
        assertEquals(Optional.of("SERVICE_ATTITUDE"), map.categoryFor("A01", OFFERED), "QUEUEING is not on offer");
    }

    @Test
    void without_the_default_on_offer_nothing_is_chosen() {
        assertTrue(CategoryMap.parse("", "GONE").categoryFor("A01", OFFERED).isEmpty());
    }

    @Test
    void an_entry_without_equals_sign_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> CategoryMap.parse("A01=X,A02", "X"));
        assertThrows(IllegalArgumentException.class, () -> CategoryMap.parse("A01=", "X"));
    }

    @Test
    void the_shipped_table_maps_the_four_basic_categories() {
        CategoryMap map = CategoryMap.parse(CategoryMap.DEFAULT_TABLE, CategoryMap.DEFAULT_CATEGORY);
        assertEquals(Optional.of("SERVICE_ATTITUDE"), map.categoryFor("A01", OFFERED));
        assertEquals(Optional.of("BUSINESS_HANDLING"), map.categoryFor("A03", OFFERED), "POLICY_CONSULTATION is not on offer here");
    }
}
