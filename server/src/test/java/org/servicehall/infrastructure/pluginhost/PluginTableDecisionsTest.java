package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What one server does so that its plugin folder holds what the plugin table asks for. */
class PluginTableDecisionsTest {

    private static final String SAMPLE = "org.example.sample";
    private static final String BASIC = "org.servicehall.plugins.category.basic";
    private static final String SHA_1 = "a".repeat(64);
    private static final String SHA_2 = "b".repeat(64);

    @Test
    void a_jar_missing_here_is_written() {
        assertEquals(List.of(new PluginStep(PluginStepKind.WRITE, SAMPLE)), decide(List.of(jar(SAMPLE, SHA_1, DesiredState.RUNNING)),
                local(Map.of(), Set.of(), Set.of())));
    }

    @Test
    void a_jar_already_written_with_the_same_hash_is_left_alone() {
        assertEquals(List.of(), decide(List.of(jar(SAMPLE, SHA_1, DesiredState.RUNNING)),
                local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE), Set.of())));
    }

    @Test
    void a_newer_jar_in_the_table_replaces_the_one_here() {
        assertEquals(List.of(new PluginStep(PluginStepKind.WRITE, SAMPLE)), decide(List.of(jar(SAMPLE, SHA_2, DesiredState.RUNNING)),
                local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE), Set.of())));
    }

    @Test
    void a_jar_that_could_not_be_written_is_not_tried_again_until_the_table_changes() {
        LocalPlugins failedOnce = new LocalPlugins(Map.of(), Set.of(), Set.of(), Map.of(SAMPLE, SHA_1));
        assertEquals(List.of(), decide(List.of(jar(SAMPLE, SHA_1, DesiredState.RUNNING)), failedOnce));
        assertEquals(List.of(new PluginStep(PluginStepKind.WRITE, SAMPLE)), decide(List.of(jar(SAMPLE, SHA_2, DesiredState.RUNNING)), failedOnce));
    }

    @Test
    void a_plugin_stopped_in_the_table_is_stopped_here_before_its_jar_is_written() {
        assertEquals(List.of(new PluginStep(PluginStepKind.STOP, SAMPLE), new PluginStep(PluginStepKind.WRITE, SAMPLE)),
                decide(List.of(jar(SAMPLE, SHA_1, DesiredState.STOPPED)), local(Map.of(), Set.of(), Set.of())));
    }

    @Test
    void a_plugin_started_in_the_table_is_started_here_after_its_jar_is_written() {
        assertEquals(List.of(new PluginStep(PluginStepKind.WRITE, SAMPLE), new PluginStep(PluginStepKind.START, SAMPLE)),
                decide(List.of(jar(SAMPLE, SHA_2, DesiredState.RUNNING)), local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE), Set.of(SAMPLE))));
    }

    @Test
    void a_default_plugin_is_stopped_and_started_by_its_row_without_a_jar() {
        assertEquals(List.of(new PluginStep(PluginStepKind.STOP, BASIC)),
                decide(List.of(state(BASIC, DesiredState.STOPPED)), local(Map.of(), Set.of(BASIC), Set.of())));
        assertEquals(List.of(), decide(List.of(state(BASIC, DesiredState.STOPPED)), local(Map.of(), Set.of(BASIC), Set.of(BASIC))));
        assertEquals(List.of(new PluginStep(PluginStepKind.START, BASIC)),
                decide(List.of(state(BASIC, DesiredState.RUNNING)), local(Map.of(), Set.of(BASIC), Set.of(BASIC))));
        assertEquals(List.of(), decide(List.of(state(BASIC, DesiredState.RUNNING)), local(Map.of(), Set.of(BASIC), Set.of())));
    }

    @Test
    void a_removed_plugin_is_removed_here_and_nothing_is_done_once_it_is_gone() {
        assertEquals(List.of(new PluginStep(PluginStepKind.REMOVE, BASIC)),
                decide(List.of(state(BASIC, DesiredState.REMOVED)), local(Map.of(), Set.of(BASIC), Set.of())));
        assertEquals(List.of(new PluginStep(PluginStepKind.REMOVE, SAMPLE)),
                decide(List.of(state(SAMPLE, DesiredState.REMOVED)), local(Map.of(SAMPLE, SHA_1), Set.of(), Set.of())));
        assertEquals(List.of(), decide(List.of(state(SAMPLE, DesiredState.REMOVED)), local(Map.of(), Set.of(), Set.of())));
    }

    @Test
    void plugins_without_a_row_are_left_to_the_servers_own_folder() {
        assertEquals(List.of(), decide(List.of(), local(Map.of(SAMPLE, SHA_1), Set.of(SAMPLE, BASIC), Set.of(BASIC))));
    }

    private static List<PluginStep> decide(List<PluginJarRow> rows, LocalPlugins local) {
        return PluginTableDecisions.decide(rows, local);
    }

    private static LocalPlugins local(Map<String, String> written, Set<String> installed, Set<String> stopped) {
        return new LocalPlugins(written, installed, stopped, Map.of());
    }

    private static PluginJarRow jar(String name, String sha256, DesiredState desired) {
        return new PluginJarRow(name, "1.0.0", sha256, desired, "it.admin", Instant.EPOCH);
    }

    private static PluginJarRow state(String name, DesiredState desired) {
        return new PluginJarRow(name, null, null, desired, "it.admin", Instant.EPOCH);
    }
}
