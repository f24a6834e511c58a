package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;

/** What the admin report shows of a plugin's calls. */
public record PluginHealthSnapshot(long calls, long failures, int consecutiveFailures, String lastError,
                                   Instant lastErrorAt, boolean circuitOpen) {
}
