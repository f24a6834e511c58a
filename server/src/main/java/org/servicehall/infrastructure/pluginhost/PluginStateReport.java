package org.servicehall.infrastructure.pluginhost;

/** What a server reports of one plugin; see {@link PluginTableFollower} for the states. */
public record PluginStateReport(String state, String problem) {
}
