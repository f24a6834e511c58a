package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;

/** One server's report on one plugin. */
public record PluginNodeState(String node, String symbolicName, String state, String problem, Instant updatedAt) {
}
