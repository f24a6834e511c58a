package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;

/** The call record of one plugin: totals, failures in a row, the last error, whether its circuit is open. */
public final class PluginHealth {

    private long calls;
    private long failures;
    private int consecutive;
    private String lastError;
    private Instant lastErrorAt;
    private boolean open;

    /** What the admin report shows of a plugin's calls. */
    public record Snapshot(long calls, long failures, int consecutiveFailures, String lastError,
                           Instant lastErrorAt, boolean circuitOpen) {
    }

    synchronized boolean isOpen() {
        return open;
    }

    synchronized void succeeded() {
        calls++;
        consecutive = 0;
    }

    /** @return true when this failure opened the circuit */
    synchronized boolean failed(String error, Instant at, int breakAfter) {
        calls++;
        failures++;
        consecutive++;
        lastError = error;
        lastErrorAt = at;
        if (!open && consecutive >= breakAfter) {
            open = true;
            return true;
        }
        return false;
    }

    synchronized void reset() {
        consecutive = 0;
        open = false;
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(calls, failures, consecutive, lastError, lastErrorAt, open);
    }
}
