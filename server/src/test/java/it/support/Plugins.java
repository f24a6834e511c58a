package it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** The running server's plugins as IT staff see them (GET /api/v1/plugins), and test bundles put in and taken out. */
public final class Plugins {

    private Plugins() {
    }

    /** The report of one plugin, by its symbolic name; empty when it is not installed. */
    public static Optional<JsonObject> report(String symbolicName) {
        Api.Reply reply = Staff.ADMIN.get("/api/v1/plugins");
        if (reply.status() != 200) {
            throw new AssertionError("plugin report: " + reply.status() + " " + reply.body());
        }
        return reply.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> symbolicName.equals(p.getString("symbolicName"))).findFirst();
    }

    /** Waits until the plugin's report satisfies {@code condition}; fails naming {@code what} and the last report. */
    public static JsonObject await(String symbolicName, Predicate<JsonObject> condition, Duration limit, String what) {
        return Await.value(() -> report(symbolicName).filter(condition), limit,
                () -> symbolicName + " " + what + "; its report: " + report(symbolicName).map(Object::toString).orElse("(not installed)"));
    }

    /** Waits until the plugin is no longer installed. */
    public static void awaitGone(String symbolicName, Duration limit) {
        Await.until(() -> report(symbolicName).isEmpty(), limit, () -> symbolicName + " still installed");
    }

    /** Drops a bundle the build made for tests into the watched folder. */
    public static Path dropTestBundle(String fileName) throws IOException {
        return PluginFolder.drop(TestServer.testBundle(fileName), TestServer.pluginsDir());
    }

    /** Takes a test bundle out of the watched folder (as dropped, or as IT's start or upload named it). */
    public static void removeTestBundle(String fileName, String symbolicName) throws IOException {
        Files.deleteIfExists(TestServer.pluginsDir().resolve(fileName));
        Files.deleteIfExists(TestServer.pluginsDir().resolve(symbolicName + ".jar"));
    }

    /** Whether the report says the plugin's circuit is open and its bundle no longer active. */
    public static boolean stoppedByTheBreaker(JsonObject report) {
        return report.getBoolean("circuitOpen") && !"ACTIVE".equals(report.getString("state"));
    }

    /**
     * Takes the sample out and waits until the server no longer offers its category, for a test that
     * counts on the default categories alone, whichever test ran before it and however it ended.
     */
    public static void ensureSampleAbsent() throws IOException {
        PluginFolder.removeSample();
        Await.until(() -> !offered(PluginFolder.SAMPLE_CATEGORY), Duration.ofSeconds(30),
                () -> "the server still offers " + PluginFolder.SAMPLE_CATEGORY + " after its plugin was taken out");
    }

    /** Whether the server offers a category now. */
    public static boolean offered(String code) {
        Api.Reply reply = Api.get("/api/v1/categories");
        if (reply.status() != 200) {
            throw new AssertionError("categories: " + reply.status() + " " + reply.body());
        }
        return reply.jsonArray().stream().anyMatch(v -> code.equals(v.asJsonObject().getString("code")));
    }
}
