package it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hall's IT scripts plugin settings over the API as it edits them on the plugin screen: only
 * ADMIN, every change in the plugin audit trail (keys, never values), secrets written but never
 * read back, values checked against their types with nothing saved when one does not fit.
 */
class PluginSettingsApiIT {

    private static final String WECHAT = "org.servicehall.plugins.channel.wechat";
    private static final String PATH = "/api/v1/plugins/" + WECHAT + "/settings";

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void it_reads_a_plugins_settings_with_secrets_shown_only_as_set_or_not() {
        Api.Reply reply = Staff.ADMIN.get(PATH);
        assertEquals(200, reply.status(), reply.body());
        JsonObject group = group(reply.json());
        assertEquals("channel", group.getString("kind"));
        assertEquals("wechat", group.getString("id"));
        JsonObject timeout = setting(group, "dialogue.timeout.minutes");
        assertEquals("NUMBER", timeout.getString("type"));
        assertEquals("10", timeout.getString("defaultValue"));
        JsonObject secret = setting(group, "appSecret");
        assertEquals("SECRET", secret.getString("type"));
        assertTrue(!secret.containsKey("value") || secret.isNull("value"), secret.toString());

        assertEquals(403, Staff.SUPERVISOR.get(PATH).status(), "only IT");
        assertEquals(401, Api.get(PATH).status());
        assertEquals(404, Staff.ADMIN.get("/api/v1/plugins/org.example.nothing/settings").status());
    }

    @Test
    void it_changes_settings_a_secret_is_written_but_never_read_back_and_the_audit_names_only_keys() {
        String secret = "api-secret-" + System.nanoTime();
        Api.Reply saved = Staff.ADMIN.put(PATH, Json.createObjectBuilder().add("kind", "channel").add("id", "wechat")
                .add("values", Json.createObjectBuilder().add("dialogue.timeout.minutes", "25").add("appSecret", secret))
                .build());
        assertEquals(200, saved.status(), saved.body());
        assertEquals("DONE", saved.json().getString("outcome"), saved.body());
        try {
            Api.Reply read = Staff.ADMIN.get(PATH);
            assertFalse(read.body().contains(secret), "the secret is never read back");
            JsonObject group = group(read.json());
            assertEquals("25", setting(group, "dialogue.timeout.minutes").getString("value"));
            assertTrue(setting(group, "appSecret").getBoolean("set"), "it is set");

            String audit = Staff.ADMIN.get("/api/v1/plugins/audit").body();
            assertTrue(audit.contains("appSecret") && audit.contains("dialogue.timeout.minutes"), audit);
            assertFalse(audit.contains(secret), "the audit names keys, never values");
            assertFalse(TestServer.messagesLog().toFile().exists() && readLog().contains(secret), "nor does the log");
        } finally {
            // blank: back to the default; null: the stored secret removed, back to the server's configuration
            Api.Reply reset = Staff.ADMIN.put(PATH, Json.createObjectBuilder().add("kind", "channel").add("id", "wechat")
                    .add("values", Json.createObjectBuilder().add("dialogue.timeout.minutes", "").add("appSecret", JsonValue.NULL))
                    .build());
            assertEquals(200, reset.status(), reset.body());
        }
        JsonObject group = group(Staff.ADMIN.get(PATH).json());
        JsonValue timeout = setting(group, "dialogue.timeout.minutes").get("value");
        assertTrue(timeout == null || timeout == JsonValue.NULL, "back to the default: " + timeout);
        assertFalse(setting(group, "appSecret").getBoolean("set"), "the stored secret is gone");
    }

    @Test
    void a_value_that_does_not_fit_or_an_unknown_key_is_refused_in_words_and_nothing_is_saved() {
        Api.Reply wrongType = Staff.ADMIN.put(PATH, Json.createObjectBuilder().add("kind", "channel").add("id", "wechat")
                .add("values", Json.createObjectBuilder().add("dialogue.timeout.minutes", "30").add("max.body.bytes", "lots"))
                .build());
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("values.max.body.bytes:invalid", wrongType.fieldsInError());
        assertFalse(group(Staff.ADMIN.get(PATH).json()).toString().contains("\"30\""), "nothing was saved");

        Api.Reply unknown = Staff.ADMIN.put(PATH, Json.createObjectBuilder().add("kind", "channel").add("id", "wechat")
                .add("values", Json.createObjectBuilder().add("no.such.key", "1")).build());
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("values.no.such.key:unknown", unknown.fieldsInError());

        Api.Reply malformed = Api.send(HttpRequest.newBuilder(TestServer.uri(PATH))
                .header("Authorization", basicAdmin()).header("Content-Type", "application/json")
                .header("Accept-Language", "en").PUT(HttpRequest.BodyPublishers.ofString("{\"values\": [")));
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.json().getString("detail").contains("JSON"), malformed.body());

        Api.Reply otherGroup = Staff.ADMIN.put(PATH, Json.createObjectBuilder().add("kind", "rule").add("id", "repeat")
                .add("values", Json.createObjectBuilder()).build());
        assertEquals(404, otherGroup.status(), "a group of another plugin is not this plugin's: " + otherGroup.body());
    }

    private static JsonObject group(JsonObject settings) {
        return settings.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("id").equals("wechat")).findFirst().orElseThrow(() -> new AssertionError(settings));
    }

    private static JsonObject setting(JsonObject group, String key) {
        return group.getJsonArray("settings").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(group));
    }

    private static String basicAdmin() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (Staff.ADMIN.username() + ":" + Staff.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String readLog() {
        try {
            return java.nio.file.Files.readString(TestServer.messagesLog(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
