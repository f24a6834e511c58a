package org.servicehall.infrastructure.pluginhost;

import java.util.Map;
import java.util.Set;

/**
 * This server's side of the comparison {@link PluginTableDecisions} makes with the plugin table.
 *
 * @param written   SHA-256 of the jar the host itself placed as {@code <symbolic name>.jar}, by symbolic name
 * @param installed symbolic names of the plugin bundles installed here (from any jar of the folder)
 * @param stopped   plugins kept stopped here (the stop list)
 * @param failed    plugins whose last write from the table failed here, by the SHA-256 that failed:
 *                  not tried again until the table's jar changes
 */
record LocalPlugins(Map<String, String> written, Set<String> installed, Set<String> stopped, Map<String, String> failed) {
}
