package it.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Await;
import it.support.PluginFolder;
import it.support.Plugins;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Category and notifier plugins that misbehave, on the real server: a category provider that
 * throws or hangs when the host reads it is left out while the other categories and filing go on,
 * and IT sees why; a notifier that throws on every message is stopped by the breaker while the
 * next notifier delivers every alert.
 */
class FaultyCategoryAndNotifierIT {

    private static final String CATEGORY_BUNDLE = "servicehall-faulty-sample-category.jar";
    private static final String CATEGORY_PLUGIN = "org.servicehall.plugins.category.faulty";
    private static final String NOTIFIER_BUNDLE = "servicehall-faulty-sample-notifier.jar";
    private static final String NOTIFIER_PLUGIN = "org.servicehall.plugins.notify.faulty";
    private static final String OUTBOX_BUNDLE = "servicehall-notifier-outbox.jar";
    private static final String OUTBOX_PLUGIN = "org.servicehall.plugins.notify.outbox";
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @AfterEach
    void takeTheFaultyPluginsOutAndTheOutboxNotifierBack() throws IOException {
        Plugins.removeTestBundle(CATEGORY_BUNDLE, CATEGORY_PLUGIN);
        Plugins.removeTestBundle(NOTIFIER_BUNDLE, NOTIFIER_PLUGIN);
        if (Files.exists(aside()) && !Files.exists(TestServer.pluginsDir().resolve(OUTBOX_BUNDLE))) {
            PluginFolder.drop(aside(), TestServer.pluginsDir());
        }
        Plugins.awaitGone(CATEGORY_PLUGIN, LIMIT);
        Plugins.awaitGone(NOTIFIER_PLUGIN, LIMIT);
        Plugins.await(OUTBOX_PLUGIN, p -> "ACTIVE".equals(p.getString("state")), LIMIT, "is not back");
    }

    @Test
    void category_providers_that_throw_or_hang_are_left_out_and_the_other_categories_and_filing_go_on() throws IOException {
        Plugins.dropTestBundle(CATEGORY_BUNDLE);
        JsonObject report = Plugins.await(CATEGORY_PLUGIN, p -> p.getJsonNumber("failures").longValue() >= 2, LIMIT,
                "has not had both providers fail");
        assertEquals("ACTIVE", report.getString("state"), "the bundle itself runs");
        assertTrue(report.getJsonArray("categories").isEmpty(), "it contributes nothing: " + report);
        assertTrue(report.getString("lastError").startsWith("CategoryProvider"), report.getString("lastError"));

        List<String> offered = Api.get("/api/v1/categories").jsonArray().stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertTrue(offered.containsAll(List.of("SERVICE_ATTITUDE", "BUSINESS_HANDLING", "POLICY_CONSULTATION",
                "FACILITIES_ENVIRONMENT")), offered.toString());
        assertFalse(offered.contains("FAULTY_THROWS") || offered.contains("FAULTY_HANGS"), offered.toString());
        assertTrue(Api.fileAnonymously("FACILITIES_ENVIRONMENT", "类别插件故障时照常受理。").startsWith("TS-"));
        Api.Reply refused = Api.postJson("/api/v1/complaints",
                "{\"categoryCode\":\"FAULTY_THROWS\",\"description\":\"x\",\"anonymous\":true}");
        assertEquals("categoryCode:unknown", refused.fieldsInError());
        Api.Reply kiosk = Api.get("/kiosk/file.xhtml", "Accept", "text/html");
        assertEquals(200, kiosk.status());
        assertTrue(kiosk.body().contains("tile-SERVICE_ATTITUDE") && !kiosk.body().contains("tile-FAULTY"),
                "the kiosk offers the good categories only");
    }

    @Test
    void a_notifier_that_throws_is_stopped_by_the_breaker_while_the_next_notifier_delivers_every_alert() throws IOException {
        // The faulty notifier first in line: the outbox notifier goes aside until it is registered.
        Path installed = TestServer.pluginsDir().resolve(OUTBOX_BUNDLE);
        Files.createDirectories(aside().getParent());
        Files.move(installed, aside(), StandardCopyOption.REPLACE_EXISTING);
        Plugins.awaitGone(OUTBOX_PLUGIN, LIMIT);
        Plugins.dropTestBundle(NOTIFIER_BUNDLE);
        Plugins.await(NOTIFIER_PLUGIN, p -> p.getJsonArray("notifiers").size() == 1, LIMIT, "did not become active");
        PluginFolder.drop(aside(), TestServer.pluginsDir());
        Plugins.await(OUTBOX_PLUGIN, p -> p.getJsonArray("notifiers").size() == 1, LIMIT, "did not come back");

        // every urgent complaint raises an alert; each goes to the faulty notifier first, which throws
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            numbers.add(Api.fileAnonymously("SERVICE_ATTITUDE", "第" + (i + 1) + "次反映：再不解决就要出人命了。"));
        }
        for (String number : numbers) {
            JsonObject alert = Await.value(() -> alert(number).filter(m -> "DELIVERED".equals(m.getString("state"))), LIMIT,
                    () -> "the alert about " + number + " was not delivered: " + alert(number));
            assertEquals("outbox", alert.getString("deliveredBy"), alert.toString());
        }
        JsonObject stopped = Plugins.await(NOTIFIER_PLUGIN, Plugins::stoppedByTheBreaker, LIMIT,
                "was not stopped after five sends in a row threw");
        assertTrue(stopped.getString("lastError").contains("Notifier.send faulty"), stopped.getString("lastError"));
    }

    private static Path aside() {
        return TestServer.pluginsDir().resolveSibling("plugins-aside-faulty").resolve(OUTBOX_BUNDLE);
    }

    /** The supervisor alert of the urgent-words rule about one complaint. */
    private static Optional<JsonObject> alert(String number) {
        Api.Reply reply = Staff.ADMIN.get("/api/v1/outbox?trackingNumber=" + number);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> "SUPERVISOR".equals(m.getString("recipientId"))
                        && m.getString("bodyEn").contains("(rule urgent-words)")).findFirst();
    }
}
