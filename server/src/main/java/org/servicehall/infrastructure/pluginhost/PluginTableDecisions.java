package org.servicehall.infrastructure.pluginhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one server must do so that its plugin folder holds what the plugin table asks for: pure
 * decisions on the table's rows and the server's own view, carried out by {@link PluginTableFollower}.
 * Plugins without a row are the server's own business (the defaults its folder came with).
 */
final class PluginTableDecisions {

    /** One thing to do to one plugin. */
    enum Kind {
        /** Keep the plugin stopped (before a write, so that the new jar does not start first). */
        STOP,
        /** Write the table's jar into the watched folder: missing here, or another SHA-256. */
        WRITE,
        /** Let the plugin run again. */
        START,
        /** Take the plugin out of the watched folder and uninstall it. */
        REMOVE
    }

    record Step(Kind kind, String symbolicName) {
    }

    /**
     * This server's side of the comparison.
     *
     * @param written   SHA-256 of the jar the host itself placed as {@code <symbolic name>.jar}, by symbolic name
     * @param installed symbolic names of the plugin bundles installed here (from any jar of the folder)
     * @param stopped   plugins kept stopped here (the stop list)
     * @param failed    plugins whose last write from the table failed here, by the SHA-256 that failed:
     *                  not tried again until the table's jar changes
     */
    record Local(Map<String, String> written, Set<String> installed, Set<String> stopped, Map<String, String> failed) {
    }

    private PluginTableDecisions() {
    }

    static List<Step> decide(List<PluginTable.Row> rows, Local local) {
        List<Step> steps = new ArrayList<>();
        for (PluginTable.Row row : rows) {
            String name = row.symbolicName();
            if (row.desired() == PluginTable.Desired.REMOVED) {
                if (local.installed().contains(name) || local.written().containsKey(name)) {
                    steps.add(new Step(Kind.REMOVE, name));
                }
                continue;
            }
            boolean stopped = local.stopped().contains(name);
            if (row.desired() == PluginTable.Desired.STOPPED && !stopped) {
                steps.add(new Step(Kind.STOP, name));
            }
            if (row.hasJar() && !row.sha256().equals(local.written().get(name))
                    && !row.sha256().equals(local.failed().get(name))) {
                steps.add(new Step(Kind.WRITE, name));
            }
            if (row.desired() == PluginTable.Desired.RUNNING && stopped) {
                steps.add(new Step(Kind.START, name));
            }
        }
        return steps;
    }
}
