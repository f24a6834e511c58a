package org.servicehall.infrastructure.pluginhost;

import java.util.ArrayList;
import java.util.List;

/**
 * What one server must do so that its plugin folder holds what the plugin table asks for: pure
 * decisions on the table's rows and the server's own view, carried out by {@link PluginTableFollower}.
 * Plugins without a row are the server's own business (the defaults its folder came with).
 */
final class PluginTableDecisions {

    private PluginTableDecisions() {
    }

    static List<PluginStep> decide(List<PluginJarRow> rows, LocalPlugins local) {
        List<PluginStep> steps = new ArrayList<>();
        for (PluginJarRow row : rows) {
            String name = row.symbolicName();
            if (row.desired() == DesiredState.REMOVED) {
                if (local.installed().contains(name) || local.written().containsKey(name)) {
                    steps.add(new PluginStep(PluginStepKind.REMOVE, name));
                }
                continue;
            }
            boolean stopped = local.stopped().contains(name);
            if (row.desired() == DesiredState.STOPPED && !stopped) {
                steps.add(new PluginStep(PluginStepKind.STOP, name));
            }
            if (row.hasJar() && !row.sha256().equals(local.written().get(name))
                    && !row.sha256().equals(local.failed().get(name))) {
                steps.add(new PluginStep(PluginStepKind.WRITE, name));
            }
            if (row.desired() == DesiredState.RUNNING && stopped) {
                steps.add(new PluginStep(PluginStepKind.START, name));
            }
        }
        return steps;
    }
}
