package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What keeps an installed plugin from running, as the reconciler and the lifecycle share it. */
class PluginHoldsTest {

    private final PluginHolds holds = new PluginHolds();

    @Test
    void a_plugin_the_breaker_held_runs_again_once_released() {
        holds.holdForBreaker("org.example.flaky");
        assertTrue(holds.isHeldByBreaker("org.example.flaky"));
        assertFalse(holds.isHeldByBreaker("org.example.other"));

        holds.release("org.example.flaky");

        assertFalse(holds.isHeldByBreaker("org.example.flaky"));
    }

    @Test
    void the_same_start_failure_is_news_only_once_and_a_start_clears_it() {
        assertTrue(holds.startFailed("org.example.broken", "missing import org.example.lib"));
        assertFalse(holds.startFailed("org.example.broken", "missing import org.example.lib"), "the same again");
        assertTrue(holds.startFailed("org.example.broken", "another reason"));
        assertEquals(Map.of("org.example.broken", "another reason"), holds.problems());

        holds.started("org.example.broken");

        assertEquals(Map.of(), holds.problems());
    }

    @Test
    void a_failure_without_a_message_is_kept_too() {
        assertTrue(holds.startFailed("org.example.silent", null));
        assertEquals(Map.of("org.example.silent", "null"), holds.problems());
    }

    @Test
    void problems_of_plugins_no_longer_installed_are_forgotten() {
        holds.startFailed("org.example.gone", "missing import");
        holds.startFailed("org.example.still", "missing import");

        holds.keepProblemsOf(List.of("org.example.still", "org.example.unrelated"));

        assertEquals(Map.of("org.example.still", "missing import"), holds.problems());
    }
}
