package it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Staff;
import it.support.TestServer;
import it.support.Tls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /metrics as Prometheus scrapes it: ServiceHall's figures next to Liberty's, and never anonymous. */
class MetricsIT {

    @BeforeAll
    static void ready() {
        TestServer.awaitReady();
    }

    @Test
    void anonymous_callers_and_staff_without_the_metrics_group_are_refused() {
        assertEquals(401, send(HttpRequest.newBuilder(metrics()).header("Accept", "text/plain").GET()).statusCode());
        assertEquals(403, scrape(Staff.SUPERVISOR.username()).status(), "only the metrics group (ADMIN by default) reads it");
        assertEquals(302, Api.get("/metrics", "Accept", "text/plain").status(),
                "Liberty sends a plain-HTTP scrape to HTTPS, so the credentials never travel in clear");
    }

    @Test
    void a_filing_just_made_counts_for_its_channel() {
        double before = value(scrape(Staff.ADMIN.username()).body(), "servicehall_filings_total", "channel=\"WEBSITE\"")
                .orElse(0);
        Api.fileAnonymously("SERVICE_ATTITUDE", "窗口工作人员态度冷淡，指标测试。");
        Api.Reply after = scrape(Staff.ADMIN.username());
        assertEquals(200, after.status());
        assertTrue(after.header("Content-Type").startsWith("text/plain"), after.header("Content-Type"));
        assertEquals(before + 1, value(after.body(), "servicehall_filings_total", "channel=\"WEBSITE\"").orElseThrow(),
                "the WEBSITE counter went up by the one filing");
    }

    @Test
    void queue_lengths_backlogs_and_the_connection_pool_are_published() {
        Api.fileAnonymously("SERVICE_ATTITUDE", "等候时间过长，指标测试队列。");
        // the database figures are counted every 2 s on the test server: wait for a count that saw the filing
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String body = scrape(Staff.ADMIN.username()).body();
        while (value(body, "servicehall_queue_cases", "queue=\"new\"").orElse(0) < 1 && System.nanoTime() < deadline) {
            pause();
            body = scrape(Staff.ADMIN.username()).body();
        }
        assertTrue(value(body, "servicehall_queue_cases", "queue=\"new\"").orElse(0) >= 1, body);
        for (String queue : new String[] {"unassigned", "overdue", "escalated", "due_soon", "awaiting_approval"}) {
            assertTrue(value(body, "servicehall_queue_cases", "queue=\"" + queue + "\"").isPresent(), queue + " in\n" + body);
        }
        assertTrue(value(body, "servicehall_outbox_pending", "").isPresent(), body);
        assertTrue(value(body, "servicehall_plugins_circuits_open", "").isPresent(), body);
        assertTrue(value(body, "servicehall_plugin_calls", "plugin=\"").isPresent(), "plugin calls per plugin:\n" + body);
        assertTrue(body.contains("connectionpool_") && body.contains("datasource=\"jdbc_servicehall\""),
                "Liberty's connection pool figures for the ServiceHall data source:\n" + body);
    }

    /** The demo's additions give the test server HTTPS with a certificate Liberty made at its first start. */
    private static final HttpClient HTTPS = HttpClient.newBuilder()
            .sslContext(Tls.trusting(TestServer.serverDir().resolve("resources/security/key.p12"), "Demo-2026-keystore"))
            .build();

    private static URI metrics() {
        return URI.create("https://localhost:" + System.getProperty("servicehall.https.port") + "/metrics");
    }

    private static Api.Reply scrape(String username) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + Staff.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(metrics())
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "text/plain")
                .GET());
        return new Api.Reply(response.statusCode(), response.body(), response);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTPS.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("scrape failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Between two scrapes while waiting for the next count (a poll, not a guess at how long it takes). */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}. */
    static OptionalDouble value(String exposition, String name, String label) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\}\\s+(\\S+)").matcher(exposition);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return OptionalDouble.of(Double.parseDouble(sample.group(2)));
            }
        }
        return OptionalDouble.empty();
    }
}
