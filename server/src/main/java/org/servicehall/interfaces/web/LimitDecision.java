package org.servicehall.interfaces.web;

import java.time.Duration;

/** What the limiter decided: allowed, or refused with the time until the next request may pass. */
public record LimitDecision(boolean allowed, Duration retryAfter) {

    static final LimitDecision ALLOWED = new LimitDecision(true, Duration.ZERO);

    /** Whole seconds for a Retry-After header, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
