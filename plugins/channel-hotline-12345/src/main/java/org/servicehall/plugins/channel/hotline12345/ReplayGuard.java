package org.servicehall.plugins.channel.hotline12345;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the signatures accepted within the timestamp tolerance, so that a captured request
 * sent again is refused; older ones are refused as stale anyway. Per server: a replay reaching
 * another server within the window still files nothing twice (work orders are idempotent by id).
 */
final class ReplayGuard {

    private static final int MAX_REMEMBERED = 100_000;

    private final Map<String, Instant> seen = new LinkedHashMap<>();

    /** Records the signature; false when it was seen before and has not expired. */
    synchronized boolean firstSeen(String signature, Instant now, Duration window) {
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(now)) {
                it.remove();
            } else {
                break; // insertion order is expiry order for one window length
            }
        }
        if (seen.containsKey(signature)) {
            return false;
        }
        if (seen.size() >= MAX_REMEMBERED) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        seen.put(signature, now.plus(window).plus(window));
        return true;
    }
}
