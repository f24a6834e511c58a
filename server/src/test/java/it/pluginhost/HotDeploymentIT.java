package it.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.PluginFolder;
import it.support.Plugins;
import it.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A category bundle copied into the running server's plugin folder is offered without a restart;
 * deleting it withdraws it; complaints filed under it keep its label.
 */
class HotDeploymentIT {

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @BeforeEach
    void noSampleYet() throws IOException {
        Plugins.ensureSampleAbsent();
    }

    @AfterEach
    void takeTheSampleAway() throws IOException {
        PluginFolder.removeSample();
        waitUntil(() -> !offered(PluginFolder.SAMPLE_CATEGORY), Duration.ofSeconds(10));
    }

    @Test
    void a_dropped_category_bundle_is_offered_then_withdrawn_and_its_complaints_keep_their_label() throws IOException {
        long dropped = System.nanoTime();
        PluginFolder.dropSample();
        assertTrue(waitUntil(() -> offered(PluginFolder.SAMPLE_CATEGORY), Duration.ofSeconds(10)),
                "the sample category did not appear");
        long visibleMillis = (System.nanoTime() - dropped) / 1_000_000;
        record("install", visibleMillis);

        Api.Filed filed;
        try {
            filed = Api.file(PluginFolder.SAMPLE_CATEGORY, "取号后等了两个小时仍未叫号。");
        } catch (AssertionError e) {
            // the category was offered a moment ago: say what the server holds now
            throw new AssertionError(e.getMessage() + "; offered now: " + offered(PluginFolder.SAMPLE_CATEGORY)
                    + "; the sample's report: " + Plugins.report("org.servicehall.plugins.category.sample")
                    + "; folder: " + listing(), e);
        }

        long removed = System.nanoTime();
        PluginFolder.removeSample();
        assertTrue(waitUntil(() -> !offered(PluginFolder.SAMPLE_CATEGORY), Duration.ofSeconds(10)),
                "the sample category did not disappear");
        record("remove", (System.nanoTime() - removed) / 1_000_000);

        Reply status = Api.status(filed.number(), filed.queryCode());
        assertEquals(200, status.status());
        assertEquals("排队预约", status.json().getJsonObject("category").getString("label"));

        Reply refused = Api.postJson("/api/v1/complaints",
                "{\"categoryCode\":\"QUEUEING\",\"description\":\"x\",\"anonymous\":true}");
        assertEquals("categoryCode:unknown", refused.fieldsInError());
    }

    private static boolean offered(String code) {
        Reply reply = Api.get("/api/v1/categories");
        return reply.status() == 200
                && reply.jsonArray().stream().anyMatch(v -> code.equals(v.asJsonObject().getString("code")));
    }

    static boolean waitUntil(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** Keeps the measured latency next to the build output, for the record. */
    private static void record(String what, long millis) throws IOException {
        Path file = TestServer.screenshots().getParent().resolve("plugin-latency.txt");
        Files.writeString(file, "file-drop " + what + " -> visible over REST: " + millis + " ms\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.out.printf("plugin %s visible after %d ms%n", what, millis);
    }

    private static String listing() throws IOException {
        try (Stream<Path> files = Files.list(TestServer.pluginsDir())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }
}
