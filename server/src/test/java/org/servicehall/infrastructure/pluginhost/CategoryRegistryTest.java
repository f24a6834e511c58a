package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.category.Category;

class CategoryRegistryTest {

    /** Counts the change notifications. */
    private static final class ChangeCounter implements Runnable {
        int count;

        @Override
        public void run() {
            count++;
        }
    }

    private final ChangeCounter changes = new ChangeCounter();
    private final CategoryRegistry registry = new CategoryRegistry(changes);

    private static Category category(String code, int order, String source) {
        return new Category(code, code + "-zh", code + "-en", "tag", order, source);
    }

    private List<String> codes() {
        return registry.all().stream().map(Category::code).toList();
    }

    @Test
    void a_new_registry_offers_nothing() {
        assertTrue(registry.all().isEmpty());
        assertTrue(registry.find("ANY").isEmpty());
    }

    @Test
    void categories_come_out_in_display_order() {
        registry.add(1, category("C", 30, "p"));
        registry.add(2, category("A", 10, "p"));
        registry.add(3, category("B", 20, "p"));

        assertEquals(List.of("A", "B", "C"), codes());
    }

    @Test
    void categories_with_the_same_display_order_come_out_by_code() {
        registry.add(1, category("WAITING_TIME", 10, "p"));
        registry.add(2, category("FEES", 10, "p"));
        registry.add(3, category("ATTITUDE", 20, "p"));
        registry.add(4, category("SIGNAGE", 10, "p"));

        assertEquals(List.of("FEES", "SIGNAGE", "WAITING_TIME", "ATTITUDE"), codes());
    }

    @Test
    void the_order_of_registration_does_not_decide_the_display_order() {
        registry.add(9, category("A", 1, "p"));
        registry.add(1, category("B", 2, "p"));

        assertEquals(List.of("A", "B"), codes());
    }

    @Test
    void the_offered_list_cannot_be_changed_by_readers() {
        registry.add(1, category("A", 1, "p"));
        List<Category> all = registry.all();

        assertThrows(UnsupportedOperationException.class, () -> all.add(category("B", 2, "p")));
        assertThrows(UnsupportedOperationException.class, all::clear);
    }

    @Test
    void a_snapshot_taken_before_a_change_stays_as_it_was() {
        registry.add(1, category("A", 1, "p"));
        List<Category> before = registry.all();

        registry.add(2, category("B", 2, "p"));

        assertEquals(1, before.size());
        assertEquals(2, registry.all().size());
    }

    @Test
    void when_two_services_offer_the_same_code_the_lower_service_id_wins() {
        Category older = category("FEES", 10, "plugin-old");
        Category newer = category("FEES", 5, "plugin-new");
        registry.add(7, newer);
        registry.add(3, older);

        assertEquals(List.of(older), registry.all());
        assertEquals(Optional.of(older), registry.find("FEES"));
    }

    @Test
    void the_other_service_takes_over_after_the_winner_is_removed() {
        Category first = category("FEES", 10, "plugin-a");
        Category second = category("FEES", 20, "plugin-b");
        registry.add(3, first);
        registry.add(7, second);

        registry.remove(3);

        assertEquals(List.of(second), registry.all());
        assertEquals("plugin-b", registry.find("FEES").orElseThrow().source());
    }

    @Test
    void removing_the_loser_keeps_the_winner() {
        Category first = category("FEES", 10, "plugin-a");
        registry.add(3, first);
        registry.add(7, category("FEES", 20, "plugin-b"));

        registry.remove(7);

        assertEquals(List.of(first), registry.all());
    }

    @Test
    void a_removed_category_is_no_longer_offered() {
        registry.add(1, category("A", 1, "p"));
        registry.add(2, category("B", 2, "p"));

        registry.remove(1);

        assertEquals(List.of("B"), codes());
        assertTrue(registry.find("A").isEmpty());
    }

    @Test
    void adding_again_under_the_same_service_id_replaces_the_category() {
        registry.add(1, category("A", 1, "p"));
        registry.add(1, category("B", 1, "p"));

        assertEquals(List.of("B"), codes());
    }

    @Test
    void clear_removes_everything() {
        registry.add(1, category("A", 1, "p"));
        registry.add(2, category("B", 2, "p"));

        registry.clear();

        assertTrue(registry.all().isEmpty());
        assertTrue(registry.find("A").isEmpty());
    }

    @Test
    void find_returns_the_category_with_that_code() {
        Category fees = category("FEES", 1, "p");
        registry.add(1, fees);
        registry.add(2, category("SIGNAGE", 2, "p"));

        assertEquals(Optional.of(fees), registry.find("FEES"));
    }

    @Test
    void find_is_exact_and_empty_for_unknown_codes() {
        registry.add(1, category("FEES", 1, "p"));

        assertTrue(registry.find("fees").isEmpty());
        assertTrue(registry.find("FEE").isEmpty());
        assertTrue(registry.find(null).isEmpty());
    }

    @Test
    void every_add_notifies_once() {
        registry.add(1, category("A", 1, "p"));
        assertEquals(1, changes.count);
        registry.add(2, category("B", 2, "p"));
        assertEquals(2, changes.count);
    }

    @Test
    void removing_a_known_service_notifies_once() {
        registry.add(1, category("A", 1, "p"));

        registry.remove(1);

        assertEquals(2, changes.count);
    }

    @Test
    void removing_an_unknown_service_does_not_notify() {
        registry.add(1, category("A", 1, "p"));

        registry.remove(99);
        registry.remove(99);

        assertEquals(1, changes.count);
        assertEquals(List.of("A"), codes());
    }

    @Test
    void removing_the_same_service_twice_notifies_only_once() {
        registry.add(1, category("A", 1, "p"));

        registry.remove(1);
        registry.remove(1);

        assertEquals(2, changes.count);
    }

    @Test
    void clear_notifies_once() {
        registry.add(1, category("A", 1, "p"));
        registry.add(2, category("B", 2, "p"));

        registry.clear();

        assertEquals(3, changes.count);
    }

    @Test
    void readers_see_the_new_content_when_notified() {
        // The listener reads the registry: it must already show the change.
        List<List<Category>> seen = new ArrayList<>();
        CategoryRegistry[] self = new CategoryRegistry[1];
        self[0] = new CategoryRegistry(() -> seen.add(self[0].all()));
        Category fees = category("FEES", 1, "p");

        self[0].add(1, fees);
        self[0].remove(1);

        assertEquals(List.of(List.of(fees), List.of()), seen);
    }
}
