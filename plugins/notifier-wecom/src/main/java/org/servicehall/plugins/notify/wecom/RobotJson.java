package org.servicehall.plugins.notify.wecom;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.eclipse.parsson.JsonProviderImpl;

/** The robots' JSON through JSON-P (Eclipse Parsson, embedded in the bundle). */
final class RobotJson {

    /**
     * Parsson's provider by name: the API's lookup would search the thread's context class loader,
     * which in the host finds the server's own JSON-P (see channel-hotline-12345's HotlineJson).
     */
    private static final JsonProvider JSON = new JsonProviderImpl();

    /** The platform's answer: its error code (0 when the message is in the group) and message. */
    record Answer(long errcode, String errmsg) {
    }

    private RobotJson() {
    }

    static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    static JsonArrayBuilder array(String... values) {
        return JSON.createArrayBuilder(List.of(values));
    }

    /** The answer, or empty when the text is not a JSON object with a numeric {@code errcode}. */
    static Optional<Answer> answer(String text) {
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
        if (!(value instanceof JsonObject object) || !(object.get("errcode") instanceof JsonNumber errcode)) {
            return Optional.empty();
        }
        return Optional.of(new Answer(errcode.longValue(), object.getString("errmsg", "")));
    }
}
