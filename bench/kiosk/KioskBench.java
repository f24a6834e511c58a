import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated hall kiosks filing complaints over HTTP exactly as the browser does: GET the views,
 * then one Faces/PrimeFaces ajax postback per tap (jakarta.faces.ViewState, partial execute and
 * render), the session ended by /kiosk/reset. Then, in the same run, the REST filing rate
 * (POST /api/v1/complaints) with as many clients. Prints filings per second and p50/p99 per step.
 *
 * <p>Usage: java KioskBench.java BASE_URL KIOSKS KIOSK_SECONDS REST_SECONDS WARMUP_SECONDS [PACE_MILLIS]
 *
 * <p>PACE_MILLIS &gt; 0: each kiosk taps at a citizen's pace, one request every PACE_MILLIS (the kiosks
 * start spread over one pace), instead of tapping again as soon as the answer is there. REST_SECONDS
 * 0 leaves out the REST filing.
 */
public class KioskBench {

    /** The page's CSP nonce: PrimeFaces' scripts add it to every postback, and refuse one without it. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"|jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final String base;
    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final long paceNanos;
    private volatile boolean measuring;

    KioskBench(String base, long paceMillis) {
        this.base = base;
        this.paceNanos = Duration.ofMillis(paceMillis).toNanos();
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int kiosks = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int kioskSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int restSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        long pace = args.length > 5 ? Long.parseLong(args[5]) : 0;
        KioskBench bench = new KioskBench(base, pace);

        System.out.printf("ServiceHall kiosk benchmark against %s: %d concurrent kiosks, %s%n", base, kiosks,
                pace > 0 ? "one tap every " + pace + " ms each (a citizen's pace)" : "tapping again as soon as the answer is there");
        System.out.printf("Each kiosk: start page, filing wizard, category tile, 1 common problem, window number (2 keys),%n"
                + "yesterday, 11 phone keys, review, submit, reset: 2 GETs + 20 ajax postbacks + 1 reset per filing.%n%n");

        bench.runKiosks(kiosks, warmup, "warm-up");
        AtomicLong filed = bench.runKiosks(kiosks, kioskSeconds, "measured");
        double kioskRate = filed.get() / (double) kioskSeconds;

        System.out.printf("%nKiosk flow : %d filings in %d s = %.1f filings/s (%d kiosks; %.0f postbacks/s; errors %d)%n",
                filed.get(), kioskSeconds, kioskRate, kiosks, kioskRate * 21, bench.errors.get());
        if (restSeconds > 0) {
            bench.runRest(kiosks, Math.min(warmup, 5), false);
            long restFiled = bench.runRest(kiosks, restSeconds, true);
            double restRate = restFiled / (double) restSeconds;
            System.out.printf("REST filing: %d filings in %d s = %.1f filings/s (%d clients, POST /api/v1/complaints)%n",
                    restFiled, restSeconds, restRate, kiosks);
            System.out.printf("Kiosk / REST = %.2f%n", kioskRate / restRate);
        }
        System.out.println();
        System.out.printf("%-26s %8s %8s %8s %8s%n", "step", "count", "p50 ms", "p99 ms", "max ms");
        for (Map.Entry<String, List<Long>> step : bench.sortedTimings().entrySet()) {
            List<Long> values = new ArrayList<>(step.getValue());
            Collections.sort(values);
            System.out.printf("%-26s %8d %8.1f %8.1f %8.1f%n", step.getKey(), values.size(), pct(values, 50) / 1e6,
                    pct(values, 99) / 1e6, values.get(values.size() - 1) / 1e6);
        }
    }

    private Map<String, List<Long>> sortedTimings() {
        List<String> order = List.of("GET start", "GET wizard", "tap category", "tap problem", "next (problem)",
                "tap window", "tap key (window)", "tap yesterday", "next (details)", "tap key (phone)", "use phone",
                "submit", "reset", "whole filing", "REST POST");
        Map<String, List<Long>> sorted = new LinkedHashMap<>();
        order.forEach(k -> {
            if (timings.containsKey(k)) {
                sorted.put(k, timings.get(k));
            }
        });
        timings.forEach(sorted::putIfAbsent);
        return sorted;
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private AtomicLong runKiosks(int kiosks, int seconds, String label) throws InterruptedException {
        measuring = "measured".equals(label);
        AtomicLong filed = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(kiosks);
        for (int k = 0; k < kiosks; k++) {
            int kiosk = k;
            Thread thread = new Thread(() -> {
                try {
                    Kiosk client = new Kiosk(String.format("BENCH-K%02d", kiosk));
                    int citizen = 0;
                    while (System.nanoTime() < end) {
                        try {
                            long t = System.nanoTime();
                            client.file(citizen++);
                            if (measuring && System.nanoTime() <= end) {
                                record("whole filing", System.nanoTime() - t);
                                filed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (errors.get() <= 5) {
                                System.err.println("kiosk " + kiosk + ": " + e);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        if (!measuring) {
            timings.clear();
            errors.set(0);
        }
        return filed;
    }

    private long runRest(int clients, int seconds, boolean measure) throws InterruptedException {
        AtomicLong filed = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        String body = "{\"channel\":\"KIOSK\",\"categoryCode\":\"SERVICE_ATTITUDE\",\"description\":\"常见问题：态度生硬、语气不好\","
                                + "\"complainantPhone\":\"139" + String.format("%08d", client * 1_000_000 + n++) + "\",\"terminal\":\"BENCH-REST\"}";
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints"))
                                    .header("Content-Type", "application/json").header("Accept", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 201) {
                                throw new IOException("REST filing answered " + response.statusCode());
                            }
                            if (measure && System.nanoTime() <= end) {
                                record("REST POST", System.nanoTime() - t);
                                filed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return filed.get();
    }

    void record(String step, long nanos) {
        if (measuring || "REST POST".equals(step)) {
            timings.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        }
    }

    /** One kiosk: its own browser session (cookies) and the current page's ViewState. */
    final class Kiosk {
        private final HttpClient http;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private String viewState;
        private String nonce;
        private String page;
        /** When this kiosk's next request may go, at a citizen's pace. */
        private long nextAt = System.nanoTime() + (long) (Math.random() * paceNanos);

        Kiosk(String terminal) {
            cookies.getCookieStore().add(URI.create(base), cookie("SH_KIOSK", "t." + terminal + "~p.1"));
            http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        private HttpCookie cookie(String name, String value) {
            HttpCookie cookie = new HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            return cookie;
        }

        void file(int citizen) throws IOException, InterruptedException {
            get("GET start", "/kiosk/index.xhtml");
            get("GET wizard", "/kiosk/file.xhtml");
            tap("tap category", idOf("tile tile-SERVICE_ATTITUDE"), Map.of());
            tap("tap problem", idOf("pick pick-RUDE"), Map.of());
            tap("next (problem)", "wizard:nextFromProblem", Map.of());
            Map<String, String> details = Map.of("wizard:description", "");
            tap("tap window", "wizard:whoWindow", details);
            for (char key : String.valueOf(1 + citizen % 30).toCharArray()) {
                tap("tap key (window)", keyId(key), details);
            }
            tap("tap yesterday", "wizard:whenYesterday", details);
            tap("next (details)", "wizard:nextFromDetails", details);
            String phone = "138" + String.format("%08d", (int) (Math.abs(System.nanoTime()) % 100_000_000));
            for (char key : phone.toCharArray()) {
                tap("tap key (phone)", keyId(key), Map.of());
            }
            tap("use phone", "wizard:usePhone", Map.of());
            tap("submit", "wizard:submit", Map.of());
            if (!page.contains("id=\"trackingNumber\"")) {
                throw new IOException("no receipt after submit");
            }
            get("reset", "/kiosk/reset");
        }

        /** The client id of the keypad key on the page (ids are made by ui:repeat). */
        private String keyId(char key) throws IOException {
            return idOf("key key-digit key-" + key);
        }

        private String idOf(String styleClass) throws IOException {
            Matcher m = Pattern.compile("id=\"([^\"]+)\"[^>]*class=\"[^\"]*" + Pattern.quote(styleClass) + "[\" ]").matcher(page);
            if (!m.find()) {
                m = Pattern.compile("class=\"[^\"]*" + Pattern.quote(styleClass) + "[\" ][^>]*id=\"([^\"]+)\"").matcher(page);
                if (!m.find()) {
                    throw new IOException("no element ." + styleClass + " on the page");
                }
            }
            return m.group(1);
        }

        /** At a citizen's pace: waits until this kiosk's next tap is due. */
        private void pace() throws InterruptedException {
            if (paceNanos <= 0) {
                return;
            }
            long wait = nextAt - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            nextAt = Math.max(nextAt, System.nanoTime()) + paceNanos;
        }

        private void get(String step, String path) throws IOException, InterruptedException {
            pace();
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            record(step, System.nanoTime() - t);
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode());
            }
            page = response.body();
            Matcher m = VIEW_STATE.matcher(page);
            viewState = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
            Matcher n = NONCE.matcher(page);
            nonce = n.find() ? n.group(1) : null;
        }

        /**
         * A PrimeFaces ajax postback, as a tap on a command link or button sends it: what to
         * execute and render is read from the element's PrimeFaces.ab({...}) call on the page.
         */
        private void tap(String step, String source, Map<String, String> inputs) throws IOException, InterruptedException {
            // in an onclick attribute (&quot;) or, with the Content Security Policy, a registered handler (")
            Matcher call = Pattern.compile("\\{s:(?:&quot;|\")" + Pattern.quote(source) + "(?:&quot;|\")([^}]*)\\}").matcher(page);
            if (!call.find()) {
                throw new IOException(step + ": no ajax call for " + source + " on the page");
            }
            String execute = option(call.group(1), "p", source);
            String render = option(call.group(1), "u", "@none");
            StringBuilder form = new StringBuilder();
            param(form, "jakarta.faces.partial.ajax", "true");
            param(form, "jakarta.faces.source", source);
            param(form, "jakarta.faces.partial.execute", execute);
            param(form, "jakarta.faces.partial.render", render);
            param(form, source, source);
            param(form, "wizard", "wizard");
            inputs.forEach((k, v) -> param(form, k, v));
            param(form, "jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                param(form, "primefaces.nonce", nonce);
            }
            pace();
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/kiosk/file.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
            record(step, System.nanoTime() - t);
            String body = response.body();
            if (response.statusCode() != 200 || !body.contains("<partial-response") || body.contains("<error>")
                    || body.contains("<redirect")) {
                throw new IOException(step + ": " + response.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
            }
            // a partial update holds only what changed: keep the page, and let the update replace its part
            page = body.contains("<update id=\"wizard\">") ? body : page + body;
            Matcher m = VIEW_STATE.matcher(body);
            if (m.find()) {
                viewState = m.group(1) != null ? m.group(1) : m.group(2);
            }
        }

        private String option(String options, String name, String fallback) {
            Matcher m = Pattern.compile("(?:^|,)" + name + ":(?:&quot;|\")([^&\"]*)(?:&quot;|\")").matcher(options);
            return m.find() ? m.group(1) : fallback;
        }

        private void param(StringBuilder form, String name, String value) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
        }
    }
}
