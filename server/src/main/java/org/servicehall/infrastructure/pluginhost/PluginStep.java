package org.servicehall.infrastructure.pluginhost;

/** One thing to do to one plugin, decided by {@link PluginTableDecisions}. */
record PluginStep(PluginStepKind kind, String symbolicName) {
}
