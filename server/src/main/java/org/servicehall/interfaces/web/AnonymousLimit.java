package org.servicehall.interfaces.web;

import java.time.Duration;

/** What is limited, per what, and over which period. */
public enum AnonymousLimit {
    /** A filing through {@code POST /api/v1/complaints}, per client address. */
    API_FILING(Duration.ofHours(1)),
    /** A status lookup through {@code GET /api/v1/complaints/{n}}, per client address. */
    API_LOOKUP(Duration.ofMinutes(1)),
    /** A filing at a kiosk, per terminal id. */
    KIOSK_FILING(Duration.ofHours(1)),
    /** A filing at a kiosk, per client address, whatever terminal it claims. */
    KIOSK_FILING_ADDRESS(Duration.ofHours(1)),
    /** A query-code lookup, rating or appeal at a kiosk or on its status page, per client address. */
    KIOSK_LOOKUP(Duration.ofMinutes(1));

    private final Duration period;

    AnonymousLimit(Duration period) {
        this.period = period;
    }

    Duration period() {
        return period;
    }
}
