package org.servicehall.ui.facade.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One installed plugin bundle as the admin report shows it.
 *
 * @param state          the OSGi bundle state, e.g. ACTIVE, RESOLVED (stopped), INSTALLED (cannot resolve)
 * @param contributions  what it offers now, each as {@code kind:id} (kinds: category, rule, notifier, channel)
 * @param circuitOpen    whether the host stopped calling it after repeated failures
 * @param stoppedByAdmin whether IT stopped it (kept stopped across restarts)
 * @param problem        why it cannot start (e.g. a missing import), or null
 */
public record PluginRow(String symbolicName, String version, String vendor, String state, List<String> contributions,
                        long calls, long failures, String lastError, Instant lastErrorAt, boolean circuitOpen,
                        boolean stoppedByAdmin, String problem)
        implements Serializable {

    public boolean isRunning() {
        return "ACTIVE".equals(state);
    }
}
