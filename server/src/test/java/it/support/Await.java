package it.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for a condition the server reaches in its own time: polled, with a limit, never a fixed sleep. */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    /** The first value {@code condition} offers within {@code limit}; fails with {@code what} and the last look otherwise. */
    public static <T> T value(Supplier<Optional<T>> condition, Duration limit, Supplier<String> what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what.get());
            }
            pause();
        }
    }

    /** Waits until {@code condition} holds, failing with {@code what} after {@code limit}. */
    public static void until(BooleanSupplier condition, Duration limit, Supplier<String> what) {
        value(() -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), limit, what);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis()); // the interval between two looks, not a wait for something to happen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
