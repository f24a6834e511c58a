package org.servicehall.interfaces.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: each client may spend {@code capacity} requests at once and gets them
 * back evenly over {@code period}. Memory is bounded: when {@code maxClients} are tracked, clients
 * whose bucket has refilled completely (they have been idle) are forgotten first, and if that is
 * not enough, arbitrary ones are, so that a flood of addresses cannot exhaust the heap. Forgetting a
 * client only ever errs on the side of letting it through.
 */
public final class RateLimiter {

    private final int capacity;
    private final double nanosPerToken;
    private final int maxClients;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param capacity requests per period (at least 1) */
    public RateLimiter(int capacity, Duration period, int maxClients, Clock clock) {
        if (capacity < 1 || period.isNegative() || period.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("capacity, period and maxClients must be positive");
        }
        this.capacity = capacity;
        this.nanosPerToken = (double) period.toNanos() / capacity;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Takes one request from the client's bucket, if there is one left. */
    public LimitDecision acquire(String client) {
        long now = nanosNow();
        if (!buckets.containsKey(client) && buckets.size() >= maxClients) {
            evict(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, nanosPerToken);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return LimitDecision.ALLOWED;
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) * nanosPerToken);
            return new LimitDecision(false, Duration.ofNanos(wait));
        }
    }

    /** How many clients are tracked now. */
    public int trackedClients() {
        return buckets.size();
    }

    private void evict(long now) {
        buckets.entrySet().removeIf(e -> {
            Bucket b = e.getValue();
            synchronized (b) {
                b.refill(now, capacity, nanosPerToken);
                return b.tokens >= capacity;
            }
        });
        Iterator<String> clients = buckets.keySet().iterator();
        while (buckets.size() >= maxClients && clients.hasNext()) {
            clients.next();
            clients.remove();
        }
    }

    private long nanosNow() {
        Instant at = clock.instant();
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        void refill(long now, int capacity, double nanosPerToken) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
                updated = now;
            }
        }
    }
}
