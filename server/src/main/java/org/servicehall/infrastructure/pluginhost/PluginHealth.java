package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The call record of one plugin: totals, failures in a row, the last error, whether its circuit is
 * open. Failures in a row are counted per kind of call ({@code what} the host called, e.g.
 * {@code ChannelAdapter.deliver email}): a plugin whose cheap calls answer (its channel code,
 * whether it takes a recipient) while its real work fails every time is still a failing plugin,
 * and the successes in between must not hide that.
 */
public final class PluginHealth {

    private long calls;
    private long failures;
    private final Map<String, Integer> inARow = new HashMap<>();
    private String lastError;
    private Instant lastErrorAt;
    private boolean open;

    synchronized boolean isOpen() {
        return open;
    }

    synchronized void succeeded(String what) {
        calls++;
        inARow.remove(what);
    }

    /** @return true when this failure opened the circuit */
    synchronized boolean failed(String what, String error, Instant at, int breakAfter) {
        calls++;
        failures++;
        int failedInARow = inARow.merge(what, 1, Integer::sum);
        lastError = error;
        lastErrorAt = at;
        if (!open && failedInARow >= breakAfter) {
            open = true;
            return true;
        }
        return false;
    }

    synchronized void reset() {
        inARow.clear();
        open = false;
    }

    /** The longest run of failures in a row of one kind of call, now. */
    private int consecutive() {
        return inARow.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    synchronized PluginHealthSnapshot snapshot() {
        return new PluginHealthSnapshot(calls, failures, consecutive(), lastError, lastErrorAt, open);
    }
}
