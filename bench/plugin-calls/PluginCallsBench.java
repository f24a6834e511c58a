import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the plugin guard (org.servicehall.infrastructure.pluginhost.PluginCalls) costs its caller:
 * a plugin that answers, one that throws, and one that hangs, one caller at a time and CLIENTS at
 * once. Targets: an answering or throwing call well under a millisecond; a hanging call answered
 * at the limit, at most 1 300 ms late (p99) for a 200 ms limit. PluginCallsTest asserts only the
 * behaviour (empty answer, counted failure, never before the limit); the figures live here.
 *
 *   java -cp server/target/classes PluginCallsBench.java [ROUNDS] [CLIENTS]
 */
public class PluginCallsBench {

    static final Duration LIMIT = Duration.ofMillis(200);

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Logger.getLogger("org.servicehall.infrastructure.pluginhost").setLevel(Level.OFF); // one warning per failure otherwise
        Class<?> type = Class.forName("org.servicehall.infrastructure.pluginhost.PluginCalls");
        try (AutoCloseable calls = (AutoCloseable) type.getConstructor(Duration.class, int.class, Clock.class)
                .newInstance(LIMIT, Integer.MAX_VALUE, Clock.systemUTC())) {
            Method call = type.getMethod("call", String.class, String.class, Callable.class);
            CountDownLatch never = new CountDownLatch(1);
            Callable<String> answers = () -> "ok";
            Callable<String> throwsUp = () -> {
                throw new IllegalStateException("bench: always throws");
            };
            Callable<String> hangs = () -> {
                never.await();
                return "late";
            };
            for (int i = 0; i < 2_000; i++) { // warm-up
                call.invoke(calls, "warm.plugin", "bench", answers);
            }
            System.out.printf("PluginCalls, limit %d ms, %d rounds, %d clients at once; %s%n",
                    LIMIT.toMillis(), rounds, clients, Runtime.version());
            report("answers (µs)", micros(calls, call, answers, rounds * 100));
            report("throws (µs)", micros(calls, call, throwsUp, rounds * 100));
            report("hangs, one caller: ms past the limit", pastLimit(calls, call, hangs, rounds, 1));
            report("hangs, " + clients + " callers: ms past the limit", pastLimit(calls, call, hangs, rounds, clients));
            never.countDown();
        }
    }

    static List<Long> micros(Object calls, Method call, Callable<String> plugin, int n) throws Exception {
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            call.invoke(calls, "bench.plugin", "bench", plugin);
            took.add((System.nanoTime() - started) / 1_000);
        }
        return took;
    }

    static List<Long> pastLimit(Object calls, Method call, Callable<String> plugin, int rounds, int clients) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(clients);
        List<Long> past = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int r = 0; r < rounds; r++) {
                List<Future<?>> all = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    all.add(callers.submit(() -> {
                        long started = System.nanoTime();
                        call.invoke(calls, "hanging.plugin", "bench", plugin);
                        past.add((System.nanoTime() - started) / 1_000_000 - LIMIT.toMillis());
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get(1, TimeUnit.MINUTES);
                }
            }
        } finally {
            callers.shutdownNow();
        }
        return past;
    }

    static void report(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("  %-40s n=%5d  p50 %6d  p99 %6d  max %6d%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)),
                sorted.get(sorted.size() - 1));
    }
}
