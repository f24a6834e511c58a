package org.servicehall.infrastructure.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15));

    @Test
    void the_wait_doubles_after_each_failed_attempt_from_the_initial_one() {
        assertEquals(List.of(5L, 10L, 20L, 40L, 80L, 160L, 320L, 640L),
                IntStream.rangeClosed(1, 8).mapToObj(n -> backoff.after(n).toSeconds()).toList());
    }

    @Test
    void the_wait_never_exceeds_the_maximum_however_many_attempts_failed() {
        assertEquals(Duration.ofMinutes(15), backoff.after(9));
        assertEquals(Duration.ofMinutes(15), backoff.after(1_000_000));
    }

    @Test
    void before_any_failure_the_wait_is_the_initial_one() {
        assertEquals(Duration.ofSeconds(5), backoff.after(0));
    }

    @Test
    void a_maximum_below_the_initial_wait_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(5)));
    }
}
