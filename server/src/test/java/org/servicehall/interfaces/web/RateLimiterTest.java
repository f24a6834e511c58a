package org.servicehall.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();

    @Test
    void a_client_may_spend_its_whole_allowance_at_once_and_no_more() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), 100, clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("203.0.113.7").allowed());
        }
        LimitDecision refused = limiter.acquire("203.0.113.7");
        assertFalse(refused.allowed());
        assertEquals(20 * 60, refused.retryAfterSeconds(), "one request comes back every 20 minutes");
    }

    @Test
    void requests_come_back_evenly_over_the_period() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), 100, clock);
        limiter.acquire("a");
        limiter.acquire("a");
        assertFalse(limiter.acquire("a").allowed());

        clock.advance(Duration.ofSeconds(29));
        LimitDecision early = limiter.acquire("a");
        assertFalse(early.allowed());
        assertEquals(1, early.retryAfterSeconds());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.acquire("a").allowed());
        assertFalse(limiter.acquire("a").allowed());
    }

    @Test
    void an_idle_client_gets_no_more_than_its_allowance_back() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), 100, clock);
        limiter.acquire("a");
        clock.advance(Duration.ofDays(1));
        assertTrue(limiter.acquire("a").allowed());
        assertTrue(limiter.acquire("a").allowed());
        assertFalse(limiter.acquire("a").allowed());
    }

    @Test
    void one_client_over_its_limit_does_not_slow_another() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), 100, clock);
        assertTrue(limiter.acquire("a").allowed());
        assertFalse(limiter.acquire("a").allowed());
        assertTrue(limiter.acquire("b").allowed());
    }

    @Test
    void idle_clients_are_forgotten_before_the_memory_bound_is_passed() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), 3, clock);
        limiter.acquire("idle-1");
        limiter.acquire("idle-2");
        clock.advance(Duration.ofMinutes(1));
        limiter.acquire("busy");
        limiter.acquire("new");

        assertEquals(2, limiter.trackedClients(), "the two idle clients went, the busy one stayed");
        assertFalse(limiter.acquire("busy").allowed(), "an active client keeps its count");
    }

    @Test
    void a_flood_of_addresses_never_grows_past_the_bound() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofHours(1), 50, clock);
        for (int i = 0; i < 10_000; i++) {
            limiter.acquire("198.51.100." + i);
        }
        assertTrue(limiter.trackedClients() <= 50, "tracked: " + limiter.trackedClients());
    }

    @Test
    void forwarded_addresses_count_only_behind_a_trusted_proxy_and_then_the_proxys_own_entry() {
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", "203.0.113.7", false));
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.1", "1.2.3.4, 203.0.113.7", true),
                "the client may claim anything on the left; the proxy appends the real address on the right");
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", null, true));
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", " , ", true));
    }
}
