package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginCallsTest {

    private final PluginCalls calls = new PluginCalls(Duration.ofMillis(200), 3, Clock.systemUTC());
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void close() {
        never.countDown();
        calls.close();
    }

    @Test
    void a_plugin_that_throws_gives_nothing_and_is_counted_with_its_error() {
        Optional<String> answer = calls.call("bad.plugin", "EscalationRule x", () -> {
            throw new IllegalStateException("boom");
        });
        assertTrue(answer.isEmpty());
        PluginHealthSnapshot health = calls.health().get("bad.plugin");
        assertEquals(1, health.failures());
        assertTrue(health.lastError().contains("boom"), health.lastError());
        assertFalse(health.circuitOpen());
    }

    @Test
    void a_plugin_that_hangs_gives_the_caller_its_answer_at_the_time_limit_while_the_plugin_still_hangs() {
        AtomicBoolean answered = new AtomicBoolean();
        long started = System.nanoTime();
        Optional<String> answer = calls.call("slow.plugin", "EscalationRule y", () -> {
            never.await();
            answered.set(true);
            return "late";
        });
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(answer.isEmpty());
        assertFalse(answered.get(), "the caller did not wait for the plugin");
        assertTrue(tookMillis >= 200, "not before the limit: " + tookMillis + " ms");
        assertTrue(calls.health().get("slow.plugin").lastError().contains("did not answer within 200 ms"));
        // how little more than the limit it costs is measured by bench/plugin-calls.sh, not asserted here
    }

    @Test
    void a_call_with_its_own_limit_may_outlast_the_default_and_is_still_cut_off_at_its_limit() {
        Optional<String> slowButInTime = calls.call("mail.plugin", "ChannelAdapter.poll email", Duration.ofMinutes(5), () -> {
            Thread.sleep(400); // the plugin's own slowness: past the 200 ms default, far within its own limit
            return "fetched";
        });
        assertEquals(Optional.of("fetched"), slowButInTime, "past the 200 ms default but within its own limit");

        Optional<String> tooSlow = calls.call("mail.plugin", "ChannelAdapter.poll email", Duration.ofMillis(300), () -> {
            never.await();
            return "late";
        });
        assertTrue(tooSlow.isEmpty());
        assertTrue(calls.health().get("mail.plugin").lastError().contains("did not answer within 300 ms"));
    }

    @Test
    void the_circuit_opens_after_n_failures_in_a_row_and_the_plugin_is_no_longer_called() {
        List<String> opened = new ArrayList<>();
        calls.onCircuitOpen((id, health) -> opened.add(id + ":" + health.consecutiveFailures()));
        AtomicInteger invoked = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            calls.call("flaky.plugin", "rule", () -> {
                invoked.incrementAndGet();
                throw new RuntimeException("no");
            });
        }
        assertEquals(3, invoked.get(), "calls after the third failure are skipped");
        assertEquals(List.of("flaky.plugin:3"), opened, "opened once, IT told once");
        assertTrue(calls.isOpen("flaky.plugin"));

        calls.reset("flaky.plugin");
        assertEquals(Optional.of("ok"), calls.call("flaky.plugin", "rule", () -> "ok"));
        assertEquals(3, calls.health().get("flaky.plugin").failures(), "the totals stay after a reset");
    }

    @Test
    void a_call_that_always_fails_opens_the_circuit_though_other_calls_of_the_plugin_answer_in_between() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.of(true), calls.call("notifier.plugin", "Notifier.accepts faulty", () -> true));
            calls.call("notifier.plugin", "Notifier.send faulty", () -> {
                throw new IllegalStateException("gateway refuses everything");
            });
        }
        assertTrue(calls.isOpen("notifier.plugin"), "three sends failed in a row, whatever answered between them");
        assertEquals(3, calls.health().get("notifier.plugin").consecutiveFailures());
    }

    @Test
    void a_success_between_failures_keeps_the_circuit_closed_and_other_plugins_are_unaffected() {
        for (int i = 0; i < 4; i++) {
            calls.call("sometimes.plugin", "rule", () -> {
                throw new RuntimeException("no");
            });
            calls.call("sometimes.plugin", "rule", () -> "yes");
        }
        assertFalse(calls.isOpen("sometimes.plugin"));
        assertEquals(Optional.of(42), calls.call("good.plugin", "rule", () -> 42));
        assertEquals(0, calls.health().get("good.plugin").failures());
    }
}
