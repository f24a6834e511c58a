import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Installs, updates and removes a category plugin in a running server's plugin folder, ROUNDS
 * times, while CLIENTS threads file complaints over REST without pause. Prints failed requests
 * (target 0), filings per second, and file-drop -> visible latencies (target p99 <= 2 s).
 *
 *   java PluginBench.java BASE_URL PLUGIN_DIR SAMPLE_JAR [CLIENTS] [ROUNDS] [WARMUP_SECONDS]
 *
 * Filings during the warm-up are not counted in the rate and latencies; failures are, always.
 */
public class PluginBench {

    static final String CATEGORY = "QUEUEING";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path folder = Path.of(args[1]);
        Path sample = Path.of(args[2]);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong filed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> filingMillis = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints"))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"categoryCode\":\"SERVICE_ATTITUDE\",\"description\":\"排队等候时间过长，工作人员态度冷淡。\",\"anonymous\":true}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            filed.incrementAndGet();
                            filingMillis.add((System.nanoTime() - started) / 1_000_000);
                        } else {
                            failed.incrementAndGet();
                            failures.add(r.statusCode() + " " + r.body().substring(0, Math.min(120, r.body().length())));
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        failures.add(e.toString());
                    }
                }
            });
            t.start();
            threads.add(t);
        }

        List<Long> install = new ArrayList<>();
        List<Long> remove = new ArrayList<>();
        long updates = 0;
        Path target = folder.resolve(sample.getFileName());
        Thread.sleep(warmup * 1_000L); // let the clients and the JIT warm up, then count from zero
        filed.set(0);
        filingMillis.clear();
        Instant began = Instant.now();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            drop(sample, folder);
            if (!await(http, base, true)) throw new IllegalStateException("not installed in round " + round);
            install.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(500);
            drop(sample, folder); // the same bundle again, newer file: File Install updates it
            Files.setLastModifiedTime(target, FileTime.from(Instant.now().plusSeconds(1)));
            updates++;
            Thread.sleep(1_000);
            if (!await(http, base, true)) throw new IllegalStateException("gone after the update in round " + round);
            long t1 = System.nanoTime();
            Files.delete(target);
            if (!await(http, base, false)) throw new IllegalStateException("not removed in round " + round);
            remove.add((System.nanoTime() - t1) / 1_000_000);
            Thread.sleep(500);
        }
        stop.set(true);
        for (Thread t : threads) t.join();
        double seconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;

        System.out.printf("clients %d, rounds %d (install, update, remove), %.1f s after %d s warm-up%n", clients, rounds, seconds, warmup);
        System.out.printf("filings: %d ok, %d failed (target 0), %.1f/s; latency p50 %d ms, p99 %d ms%n",
                filed.get(), failed.get(), filed.get() / seconds, pct(new ArrayList<>(filingMillis), 50), pct(new ArrayList<>(filingMillis), 99));
        System.out.printf("file-drop -> visible over REST: install p50 %d ms, p99 %d ms, max %d ms; remove p50 %d ms, p99 %d ms, max %d ms; %d updates%n",
                pct(install, 50), pct(install, 99), Collections.max(install), pct(remove, 50), pct(remove, 99), Collections.max(remove), updates);
        failures.stream().limit(5).forEach(f -> System.out.println("  failure: " + f));
        if (failed.get() > 0) System.exit(1);
    }

    static void drop(Path jar, Path folder) throws Exception {
        Path partial = folder.resolve(jar.getFileName() + ".part");
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, folder.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static boolean await(HttpClient http, String base, boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/categories")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"" + CATEGORY + "\"") == present) return true;
            Thread.sleep(20);
        }
        return false;
    }

    static long pct(List<Long> values, int p) {
        if (values.isEmpty()) return -1;
        Collections.sort(values);
        return values.get(Math.min(values.size() - 1, (int) Math.ceil(p / 100.0 * values.size()) - 1));
    }
}
