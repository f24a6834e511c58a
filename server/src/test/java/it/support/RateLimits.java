package it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;

/**
 * Spending an anonymous client's allowance. The limiter is a token bucket that refills steadily
 * (the allowance per period), so how many requests pass before the first 429 depends on how fast
 * they go: on a slow machine one more may pass for every token refilled meanwhile. A test sends
 * until it is refused and checks the count against what the bucket held and could have refilled.
 */
public final class RateLimits {

    private RateLimits() {
    }

    /** One request of the client whose allowance is spent. */
    @FunctionalInterface
    public interface Request {
        Loopback.Reply send() throws IOException;
    }

    /**
     * Sends until the limiter answers 429 and returns that answer, after asserting that at least the
     * allowance passed and no more than the allowance plus what refilled while sending.
     */
    public static Loopback.Reply spend(int allowance, Duration period, Request request) throws IOException {
        double nanosPerToken = (double) period.toNanos() / allowance;
        long start = System.nanoTime();
        int passed = 0;
        while (true) {
            Loopback.Reply reply = request.send();
            if (reply.status() == 429) {
                long refilled = (long) ((System.nanoTime() - start) / nanosPerToken) + 1;
                assertTrue(passed >= allowance, "refused after " + passed + " requests, before the allowance of " + allowance);
                assertTrue(passed <= allowance + refilled, passed + " requests passed: more than the allowance of "
                        + allowance + " and the " + refilled + " that could refill meanwhile");
                return reply;
            }
            passed++;
            if (passed > 5 * allowance + 10) {
                fail("never refused: " + passed + " requests passed an allowance of " + allowance + " per " + period);
            }
        }
    }
}
