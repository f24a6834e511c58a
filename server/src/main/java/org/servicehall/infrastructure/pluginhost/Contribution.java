package org.servicehall.infrastructure.pluginhost;

/** One registered service: which plugin, its id, the service object. */
record Contribution<T>(String pluginId, String id, T service) {
}
