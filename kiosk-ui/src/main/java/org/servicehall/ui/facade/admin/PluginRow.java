package org.servicehall.ui.facade.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One installed plugin bundle as the admin report shows it.
 *
 * @param state         the OSGi bundle state, e.g. ACTIVE, RESOLVED (stopped), INSTALLED (cannot resolve)
 * @param contributions what it offers now: category codes, rule ids, notifier ids
 * @param circuitOpen   whether the host stopped calling it after repeated failures
 */
public record PluginRow(String symbolicName, String version, String vendor, String state, List<String> contributions,
                        long calls, long failures, String lastError, Instant lastErrorAt, boolean circuitOpen)
        implements Serializable {
}
