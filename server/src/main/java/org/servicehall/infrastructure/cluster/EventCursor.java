package org.servicehall.infrastructure.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a server stands in the event table. Identity values are handed out when a row is inserted
 * but become visible when its transaction commits, so under concurrency a higher id can be read
 * before a lower one: every id skipped below the highest seen is kept as a hole and read again
 * until it shows up or {@code grace} has passed (a rolled-back insert leaves a hole for good). Rows
 * are read from just below the oldest hole; ids read before are not taken twice.
 */
final class EventCursor {

    /** At most this many holes are kept: a larger gap (rows deleted while this server was away) is not waited for. */
    static final int MAX_HOLES = 1_000;

    private final Duration grace;
    private long highest;
    /** Ids below {@link #highest} not read yet, and when they were first missed. */
    private final TreeMap<Long, Instant> holes = new TreeMap<>();

    /** A cursor at {@code highest}: rows up to it count as read. */
    EventCursor(long highest, Duration grace) {
        this.highest = highest;
        this.grace = grace;
    }

    /** The next read asks for the rows with a greater id, in the order of their ids. */
    long readAfter() {
        return holes.isEmpty() ? highest : holes.firstKey() - 1;
    }

    /**
     * Takes the rows of a read (ascending ids, all above {@link #readAfter()}) and returns those not
     * taken before whose origin is not {@code self}, in the order of their ids.
     */
    List<EventRow> accept(List<EventRow> rows, String self, Instant now) {
        List<EventRow> fresh = new ArrayList<>();
        for (EventRow row : rows) {
            boolean first;
            if (row.id() > highest) {
                for (long missing = Math.max(highest + 1, row.id() - MAX_HOLES); missing < row.id(); missing++) {
                    holes.put(missing, now);
                }
                highest = row.id();
                first = true;
            } else {
                first = holes.remove(row.id()) != null;
            }
            if (first && !self.equals(row.origin())) {
                fresh.add(row);
            }
        }
        holes.values().removeIf(missed -> missed.plus(grace).isBefore(now));
        while (holes.size() > MAX_HOLES) {
            holes.pollFirstEntry();
        }
        return fresh;
    }

    /** The ids still waited for. */
    int holes() {
        return holes.size();
    }

    /**
     * One row per kind, the latest of each, in the order of those: a burst of filings needs one
     * word to the windows, which then read their queue.
     */
    static List<EventRow> coalesce(List<EventRow> rows) {
        Map<String, EventRow> latest = new LinkedHashMap<>();
        for (EventRow row : rows) {
            latest.remove(row.kind());
            latest.put(row.kind(), row);
        }
        return List.copyOf(latest.values());
    }
}
