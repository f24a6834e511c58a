package org.servicehall.ui.facade.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One installed plugin bundle as the admin report shows it.
 *
 * @param state          the OSGi bundle state, e.g. ACTIVE, RESOLVED (stopped), INSTALLED (cannot resolve)
 * @param contributions  what it offers now, each as {@code kind:id} (kinds: category, rule, notifier, channel)
 * @param circuitOpen    whether the host stopped calling it after repeated failures
 * @param stoppedByAdmin whether IT stopped it (kept stopped across restarts)
 * @param problem        why it cannot start (e.g. a missing import), or null
 * @param missingSettings the required settings that have no value (its channel is closed until set)
 * @param nodes          its state on each server of the database that reported lately
 * @param nodesRunning   how many of those run it
 */
public record PluginRow(String symbolicName, String version, String vendor, String state, List<String> contributions,
                        long calls, long failures, String lastError, Instant lastErrorAt, boolean circuitOpen,
                        boolean stoppedByAdmin, String problem, List<MissingSetting> missingSettings,
                        List<NodeRow> nodes, int nodesRunning)
        implements Serializable {

    /**
     * One server's state of the plugin.
     *
     * @param state   RUNNING, STOPPED, HELD, FAILED, MISSING or an OSGi state in between (see the bundle's keys)
     * @param problem why it failed on that server, or null
     */
    public record NodeRow(String node, String state, String problem) implements Serializable {
    }

    /** The servers that do not run it, to be named with their state (and problem) on the screen. */
    public List<NodeRow> getNodesNotRunning() {
        return nodes.stream().filter(n -> !"RUNNING".equals(n.state())).toList();
    }

    /** A required setting without a value, named in both languages by the plugin that declares it. */
    public record MissingSetting(String kind, String id, String key, String labelZh, String labelEn) implements Serializable {

        /** The label in the staff member's language, with the key IT finds in the configuration. */
        public String label(Locale locale) {
            return (locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh) + " (" + key + ")";
        }
    }

    public boolean isRunning() {
        return "ACTIVE".equals(state);
    }

    public boolean isNotConfigured() {
        return !missingSettings.isEmpty();
    }

    /** The state the screen shows: a running plugin that lacks a required setting is NOT_CONFIGURED. */
    public String getShownState() {
        return isRunning() && isNotConfigured() ? "NOT_CONFIGURED" : state;
    }
}
