package org.servicehall.application;

import java.time.Instant;
import java.util.List;

/** What IT staff see of the installed plugins: state, contributions and call health. Read-only. */
public interface PluginReport {

    /**
     * One installed bundle.
     *
     * @param state               INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE
     * @param calls               calls into the plugin so far (since the server started)
     * @param consecutiveFailures failures in a row now
     * @param circuitOpen         whether the host stopped calling it after repeated failures
     * @param stoppedByAdmin      whether IT stopped it (it stays stopped across restarts)
     * @param problem             why it cannot start, e.g. a missing import; null when it can
     * @param notConfigured       the required settings of its rules and channels that have no value
     *                            (a channel so is closed); empty when nothing is missing
     * @param nodes               its state on each server of the database that reported lately (servers
     *                            gone quiet are left out), this server included
     * @param nodesRunning        how many of those run it
     */
    record Plugin(String symbolicName, String version, String vendor, String state, List<String> categories,
                  List<String> rules, List<String> notifiers, List<String> channels, long calls, long failures, int consecutiveFailures,
                  String lastError, Instant lastErrorAt, boolean circuitOpen, boolean stoppedByAdmin, String problem,
                  List<MissingSetting> notConfigured, List<NodeState> nodes, int nodesRunning) {
    }

    /**
     * One server's state of a plugin.
     *
     * @param node      the server's node id
     * @param state     RUNNING, STOPPED (by IT), HELD (by the circuit breaker), FAILED (see problem),
     *                  MISSING (the server reports other plugins but not this one), or an OSGi state
     *                  between these (INSTALLED, RESOLVED, STARTING, STOPPING)
     * @param problem   why it failed there; null unless FAILED
     * @param updatedAt when that server last reported
     */
    record NodeState(String node, String state, String problem, Instant updatedAt) {
    }

    /**
     * A required setting without a value.
     *
     * @param kind the kind of service that declares it: {@code rule} or {@code channel}
     * @param id   the rule's or channel's id
     * @param key  the setting's key, e.g. {@code secret} ({@code servicehall.<kind>.<id>.<key>})
     */
    record MissingSetting(String kind, String id, String key, String labelZh, String labelEn) {
    }

    /** Every plugin bundle in the framework now (boot bundles excluded), by symbolic name. */
    List<Plugin> plugins();
}
