package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicehall.infrastructure.pluginhost.PluginTable.Desired;
import org.servicehall.infrastructure.pluginhost.PluginTableDecisions.Kind;
import org.servicehall.infrastructure.pluginhost.PluginTableDecisions.Local;
import org.servicehall.infrastructure.pluginhost.PluginTableDecisions.Step;

/** What one server does so that its plugin folder holds what the plugin table asks for. */
class PluginTableDecisionsTest {

    private static final String SAMPLE = "org.example.sample";
    private static final String BASIC = "org.servicehall.plugins.category.basic";
    private static final String SHA_1 = "a".repeat(64);
    private static final String SHA_2 = "b".repeat(64);

    @Test
    void a_jar_missing_here_is_written() {
        assertEquals(List.of(new Step(Kind.WRITE, SAMPLE)), decide(List.of(jar(SAMPLE, SHA_1, Desired.RUNNING)),
                local(Map.of(), Set.of(), Set.of())));
    }

    @Test
    void a_jar_already_written_with_the_same_hash_is_left_alone() {
        assertEquals(List.of(), decide(List.of(jar(SAMPLE, SHA_1, Desired.RUNNING)),
                local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE), Set.of())));
    }

    @Test
    void a_newer_jar_in_the_table_replaces_the_one_here() {
        assertEquals(List.of(new Step(Kind.WRITE, SAMPLE)), decide(List.of(jar(SAMPLE, SHA_2, Desired.RUNNING)),
                local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE), Set.of())));
    }

    @Test
    void a_jar_that_could_not_be_written_is_not_tried_again_until_the_table_changes() {
        Local failedOnce = new Local(Map.of(), Set.of(), Set.of(), Map.of(SAMPLE, SHA_1));
        assertEquals(List.of(), decide(List.of(jar(SAMPLE, SHA_1, Desired.RUNNING)), failedOnce));
        assertEquals(List.of(new Step(Kind.WRITE, SAMPLE)), decide(List.of(jar(SAMPLE, SHA_2, Desired.RUNNING)), failedOnce));
    }

    @Test
    void a_plugin_stopped_in_the_table_is_stopped_here_before_its_jar_is_written() {
        assertEquals(List.of(new Step(Kind.STOP, SAMPLE), new Step(Kind.WRITE, SAMPLE)),
                decide(List.of(jar(SAMPLE, SHA_1, Desired.STOPPED)), local(Map.of(), Set.of(), Set.of())));
    }

    @Test
    void a_plugin_started_in_the_table_is_started_here_after_its_jar_is_written() {
        assertEquals(List.of(new Step(Kind.WRITE, SAMPLE), new Step(Kind.START, SAMPLE)),
                decide(List.of(jar(SAMPLE, SHA_2, Desired.RUNNING)), local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE), Set.of(SAMPLE))));
    }

    @Test
    void a_default_plugin_is_stopped_and_started_by_its_row_without_a_jar() {
        assertEquals(List.of(new Step(Kind.STOP, BASIC)),
                decide(List.of(state(BASIC, Desired.STOPPED)), local(Map.of(), Set.of(BASIC), Set.of())));
        assertEquals(List.of(), decide(List.of(state(BASIC, Desired.STOPPED)), local(Map.of(), Set.of(BASIC), Set.of(BASIC))));
        assertEquals(List.of(new Step(Kind.START, BASIC)),
                decide(List.of(state(BASIC, Desired.RUNNING)), local(Map.of(), Set.of(BASIC), Set.of(BASIC))));
        assertEquals(List.of(), decide(List.of(state(BASIC, Desired.RUNNING)), local(Map.of(), Set.of(BASIC), Set.of())));
    }

    @Test
    void a_removed_plugin_is_removed_here_and_nothing_is_done_once_it_is_gone() {
        assertEquals(List.of(new Step(Kind.REMOVE, BASIC)),
                decide(List.of(state(BASIC, Desired.REMOVED)), local(Map.of(), Set.of(BASIC), Set.of())));
        assertEquals(List.of(new Step(Kind.REMOVE, SAMPLE)),
                decide(List.of(state(SAMPLE, Desired.REMOVED)), local(Map.of(SAMPLE, SHA_1), Set.of(), Set.of())));
        assertEquals(List.of(), decide(List.of(state(SAMPLE, Desired.REMOVED)), local(Map.of(), Set.of(), Set.of())));
    }

    @Test
    void plugins_without_a_row_are_left_to_the_servers_own_folder() {
        assertEquals(List.of(), decide(List.of(), local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE, BASIC), Set.of(BASIC))));
    }

    private static List<Step> decide(List<PluginTable.Row> rows, Local local) {
        return PluginTableDecisions.decide(rows, local);
    }

    private static Local local(Map<String, String> written, Set<String> installed, Set<String> stopped) {
        return new Local(written, installed, stopped, Map.of());
    }

    private static PluginTable.Row jar(String name, String sha256, Desired desired) {
        return new PluginTable.Row(name, "1.0.0", sha256, desired, "it.admin", Instant.EPOCH);
    }

    private static PluginTable.Row state(String name, Desired desired) {
        return new PluginTable.Row(name, null, null, desired, "it.admin", Instant.EPOCH);
    }
}
