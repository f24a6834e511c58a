package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Finds complaints by what anyone may know of them, for channels that list requests (Open311). */
public interface PublicCaseSearch {

    /**
     * Every condition given must hold.
     *
     * @param trackingNumbers only these; empty: any
     * @param categoryCodes   only these categories; empty: any
     * @param from            received at or after; null: any
     * @param to              received at or before; null: any
     * @param finished        true: finished only, false: open only, null: both
     * @param limit           at most this many, newest first
     */
    record Query(Set<String> trackingNumbers, Set<String> categoryCodes, Instant from, Instant to, Boolean finished,
                 int limit) {
        public Query {
            trackingNumbers = trackingNumbers == null ? Set.of() : Set.copyOf(trackingNumbers);
            categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
        }
    }

    List<PublicStatus> search(Query query);
}
