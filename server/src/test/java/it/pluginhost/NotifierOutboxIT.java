package it.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.PluginFolder;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default notifier on the real server, with the real bundle: installed, the alerts leave the
 * outbox as delivered by it; removed from the watched folder, a new alert stays pending; put
 * back, the pending alert is delivered without anyone touching it.
 */
class NotifierOutboxIT {

    private static final String BUNDLE = "servicehall-notifier-outbox.jar";
    private static final String PLUGIN = "org.servicehall.plugins.notify.outbox";

    @BeforeAll
    static void notifierIsActive() {
        TestServer.awaitReady();
        assertTrue(waitFor(NotifierOutboxIT::active, Duration.ofSeconds(20)).isPresent(), "the outbox notifier is active");
    }

    @AfterEach
    void putTheNotifierBack() throws IOException {
        if (Files.exists(aside()) && !Files.exists(TestServer.pluginsDir().resolve(BUNDLE))) {
            PluginFolder.drop(aside(), TestServer.pluginsDir());
        }
        waitFor(NotifierOutboxIT::active, Duration.ofSeconds(20));
    }

    @Test
    void an_alert_is_delivered_by_the_outbox_notifier() {
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "这样下去要出人命的，工作人员却不管。");
        JsonObject alert = waitFor(() -> alert(number).filter(m -> "DELIVERED".equals(m.getString("state"))),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("not delivered: " + alert(number)));
        assertEquals("outbox", alert.getString("deliveredBy"));
    }

    @Test
    void without_the_plugin_an_alert_stays_pending_and_is_delivered_once_the_plugin_is_back() throws IOException {
        Path installed = TestServer.pluginsDir().resolve(BUNDLE);
        Files.createDirectories(aside().getParent());
        Files.move(installed, aside(), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(waitFor(() -> plugin().isEmpty() ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(15)).isPresent(),
                "the notifier was removed");

        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "再不解决我就去找记者曝光。");
        JsonObject pending = waitFor(() -> alert(number), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no alert for " + number));
        // The control: a second alert, raised after the first on the same path (the rules, then a
        // delivery of everything pending). With no notifier nothing takes the first, and nothing
        // is tried either (an attempt would count against its five).
        String control = Api.fileAnonymously("SERVICE_ATTITUDE", "窗口人员说要出人命了也不管。");
        waitFor(() -> alert(control), Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no control alert"));
        JsonObject still = alert(number).orElseThrow();
        assertEquals("PENDING", still.getString("state"), pending.toString());
        assertEquals(0, still.getInt("attempts"), still.toString());

        PluginFolder.drop(aside(), TestServer.pluginsDir());
        JsonObject delivered = waitFor(() -> alert(number).filter(m -> "DELIVERED".equals(m.getString("state"))),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("not delivered after the plugin came back: "
                        + alert(number)));
        assertEquals("outbox", delivered.getString("deliveredBy"));
        // The pending messages go out in one batch, oldest first: the control's follows.
        assertTrue(waitFor(() -> alert(control).filter(m -> "DELIVERED".equals(m.getString("state"))),
                Duration.ofSeconds(10)).isPresent(), "the control alert was not delivered: " + alert(control));
    }

    private static Path aside() {
        return TestServer.pluginsDir().resolveSibling("plugins-aside").resolve(BUNDLE);
    }

    /** The supervisor alert of the urgent-words rule about one complaint. */
    private static Optional<JsonObject> alert(String number) {
        Api.Reply reply = Staff.ADMIN.get("/api/v1/outbox?trackingNumber=" + number);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> "SUPERVISOR".equals(m.getString("recipientId"))
                        && m.getString("bodyEn").contains("(rule urgent-words)")).findFirst();
    }

    private static Optional<JsonObject> active() {
        return plugin().filter(p -> "ACTIVE".equals(p.getString("state")) && p.getJsonArray("notifiers").size() == 1);
    }

    private static Optional<JsonObject> plugin() {
        return Staff.ADMIN.get("/api/v1/plugins").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> PLUGIN.equals(p.getString("symbolicName"))).findFirst();
    }

    private static <T> Optional<T> waitFor(Supplier<Optional<T>> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent() || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
