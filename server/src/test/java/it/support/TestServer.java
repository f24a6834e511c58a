package it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The Liberty server the build started for the integration tests, and the files around it. Paths
 * and the port come from failsafe's system properties.
 */
public final class TestServer {

    private static volatile boolean ready;

    private TestServer() {
    }

    public static int port() {
        return Integer.parseInt(property("servicehall.http.port"));
    }

    public static URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    public static Path serverDir() {
        return Path.of(property("servicehall.server.dir"));
    }

    /** The plugin folder the server watches (the build fills it with the default plugins). */
    public static Path pluginsDir() {
        return Path.of(property("servicehall.plugins.dir"));
    }

    public static Path messagesLog() {
        return serverDir().resolve("logs").resolve("messages.log");
    }

    /** A bundle the build made for tests, e.g. {@code servicehall-categories-sample.jar}. */
    public static Path testBundle(String fileName) {
        return Path.of(property("servicehall.test.bundles")).resolve(fileName);
    }

    public static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(property("servicehall.screenshots")));
    }

    /** The hall's time zone (servicehall.zone, not changed for the tests): its days and months count. */
    public static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Epoch seconds by the hall's clock: the escalation tests may shift it by writing a duration
     * into the file named by {@code servicehall.clock.shift.file}, and signed channel messages must
     * carry the hall's time.
     */
    public static String hallEpochSecond() {
        return Long.toString(hallNow().getEpochSecond());
    }

    /** Now by the hall's clock (the real time, moved by the escalation tests' shift file while it exists). */
    public static Instant hallNow() {
        Instant now = Instant.now();
        Path shift = Path.of(System.getProperty("servicehall.clock.shift.file"));
        try {
            String text = Files.readString(shift).strip();
            return text.isEmpty() ? now : now.plus(Duration.parse(text));
        } catch (java.nio.file.NoSuchFileException e) {
            return now; // no shift
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Today in the hall: the day the server dates complaints, deadlines and reports by, whatever this machine's zone. */
    public static LocalDate hallToday() {
        return LocalDate.ofInstant(hallNow(), HALL_ZONE);
    }

    /** This month in the hall. */
    public static YearMonth hallMonth() {
        return YearMonth.from(hallToday());
    }

    /** Waits until /health/ready answers UP (database migrated, plugin host running). */
    public static synchronized void awaitReady() {
        if (ready) {
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/health/ready"))
                                .timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    refuseUnboundPorts();
                    ready = true;
                    return;
                }
                Thread.sleep(250);
            } catch (IOException e) {
                sleepQuietly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
        }
        throw new IllegalStateException("the server did not become ready within 2 minutes");
    }

    /**
     * A server that could not bind one of its ports still reports itself ready, and the tests would
     * then talk to whatever holds that port (another build's server): refuse to go on.
     */
    private static void refuseUnboundPorts() throws IOException {
        Path log = messagesLog();
        if (!Files.exists(log)) {
            return;
        }
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            var unbound = lines.filter(line -> line.contains("CWWKO0221E")).findFirst();
            if (unbound.isPresent()) {
                throw new IllegalStateException("the test server could not open a port: " + unbound.get());
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests with `mvn verify`");
        }
        return value;
    }
}
