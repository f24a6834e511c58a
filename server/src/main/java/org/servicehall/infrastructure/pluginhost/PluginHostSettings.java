package org.servicehall.infrastructure.pluginhost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the host finds plugins and keeps its own files.
 *
 * @param pluginsDir   the watched plugin folder, outside the WAR; the source of truth for what is installed
 * @param cacheDir     the framework's storage, one per server instance; cleaned at every start
 * @param pollInterval how often the plugin folder is scanned
 * @param callTimeout  how long one call into a plugin may take before it counts as failed
 */
public record PluginHostSettings(Path pluginsDir, Path cacheDir, Duration pollInterval, Duration callTimeout) {

    public PluginHostSettings {
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(callTimeout, "callTimeout");
    }
}
