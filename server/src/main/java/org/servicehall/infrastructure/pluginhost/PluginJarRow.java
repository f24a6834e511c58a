package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;

/**
 * One row of PLUGIN_JAR without its bytes.
 *
 * @param sha256 of the stored jar; null when the row carries no jar (a default plugin's state, a removed plugin)
 */
public record PluginJarRow(String symbolicName, String version, String sha256, DesiredState desired, String changedBy,
                           Instant changedAt) {

    public boolean hasJar() {
        return sha256 != null;
    }
}
