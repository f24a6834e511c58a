package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;

/** A jar turned away, as the admin report lists it. */
public record PluginRejection(String fileName, String originalName, String reason, String detail, Instant at, String by) {
}
