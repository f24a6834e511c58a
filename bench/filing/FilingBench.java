import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REST filing (POST /api/v1/complaints, anonymous, as the website files) with each number of
 * clients in turn: every client files one complaint after the other, without pause, for SECONDS,
 * after one warm-up of WARMUP seconds with one client (and 2 s at each number) that are not
 * counted; SECONDS 0 only warms up. Prints per run the rate, p50, p99 and max of the request's
 * round trip, and one machine-readable line per run ({@code RESULT clients rate p50 p99}) for
 * bench/filing.sh. Every tracking number answered is checked to be new (a duplicate counts as an
 * error and is printed).
 *
 * <p>Usage: java FilingBench.java BASE_URL CLIENTS[,CLIENTS...] SECONDS WARMUP_SECONDS
 */
public class FilingBench {

    private static final Pattern NUMBER = Pattern.compile("\"trackingNumber\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Set<String> numbers = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    /**
     * Each filing from its own complainant: the phones count on from a random start, so that runs
     * against the same database do not file from the same phones again, which the repeat rule
     * would rightly escalate (every repeat filing would then also alert the supervisors).
     */
    private final AtomicInteger sequence = new AtomicInteger(ThreadLocalRandom.current()
            .nextInt(100_000_000));

    FilingBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String[] clientCounts = args[1].split(",");
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        FilingBench bench = new FilingBench(base);
        System.out.printf("%-8s %8s %10s %9s %9s %9s %7s%n", "clients", "filed", "filings/s", "p50 ms", "p99 ms",
                "max ms", "errors");
        // One warm-up for all runs, with one client: the server's JIT compiler needs CPU of its own to
        // compile the filing path, and many clients on a server pinned to one core starve it (after
        // a minute at 16 clients one filing alone still took 15 ms, after 3 minutes at one 3 ms).
        bench.run(1, warmup, null);
        if (seconds == 0) {
            System.out.printf("warm-up only: %d filings in %d s%n", bench.numbers.size(), warmup);
            return;
        }
        for (String count : clientCounts) {
            int clients = Integer.parseInt(count.strip());
            bench.run(clients, 2, null);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            int errorsBefore = bench.errors.get();
            long started = System.nanoTime();
            bench.run(clients, seconds, latencies);
            double elapsed = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double rate = sorted.size() / elapsed;
            System.out.printf(Locale.ROOT, "%-8d %8d %10.1f %9.2f %9.2f %9.1f %7d%n", clients, sorted.size(), rate,
                    pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                    bench.errors.get() - errorsBefore);
            System.out.printf(Locale.ROOT, "RESULT %d %.1f %.2f %.2f%n", clients, rate, pct(sorted, 50) / 1e6,
                    pct(sorted, 99) / 1e6);
        }
        System.out.printf("tracking numbers answered: %d, duplicates: %d%n", bench.numbers.size(), bench.duplicates.get());
        if (bench.duplicates.get() > 0) {
            System.exit(2);
        }
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** CLIENTS threads file for SECONDS; the round trip of each 201 goes into latencies (null: warm-up). */
    private void run(int clients, int seconds, List<Long> latencies) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        fileOne(latencies);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
    }

    private void fileOne(List<Long> latencies) throws InterruptedException {
        String body = "{\"categoryCode\":\"SERVICE_ATTITUDE\",\"description\":\"常见问题：态度生硬、语气不好\","
                + "\"complainantPhone\":\"139" + String.format("%08d", sequence.incrementAndGet() % 100_000_000) + "\"}";
        long t = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t;
            if (response.statusCode() != 201) {
                throw new IOException("REST filing answered " + response.statusCode() + ": " + response.body());
            }
            Matcher number = NUMBER.matcher(response.body());
            if (!number.find()) {
                throw new IOException("no tracking number in " + response.body());
            }
            if (!numbers.add(number.group(1))) {
                duplicates.incrementAndGet();
                System.err.println("tracking number answered twice: " + number.group(1));
            }
            if (latencies != null) {
                latencies.add(elapsed);
            }
        } catch (IOException e) {
            if (errors.incrementAndGet() <= 5) {
                System.err.println(e);
            }
        }
    }
}
