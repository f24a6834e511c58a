package org.servicehall.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.servicehall.application.FieldViolation;

/**
 * A JSON object read from a request body with limits: at most {@link #MAX_BYTES}, strict UTF-8, an
 * object at the top. Fields are read with their expected types; a field of the wrong type is
 * recorded as a {@code wrongType} violation instead of failing the whole body.
 */
final class JsonBody {

    static final int MAX_BYTES = 1024 * 1024;

    /**
     * Made once: {@code Json.createReader} looks the JSON provider up through the service loader on
     * every call, a measurable share of a filing's time.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final JsonObject object;
    private final List<FieldViolation> typeErrors = new ArrayList<>();

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /** Thrown when the body is not a JSON object within limits; {@code reason} is a message key. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;
        final int status;

        Unreadable(String reason, int status) {
            super(reason, null, false, false);
            this.reason = reason;
            this.status = status;
        }
    }

    static JsonBody read(InputStream body) throws Unreadable {
        byte[] bytes = readLimited(body);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("body.notUtf8", 400);
        }
        if (text.isBlank()) {
            throw new Unreadable("body.empty", 400);
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Unreadable("body.notObject", 400);
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw new Unreadable("body.malformed", 400);
        }
    }

    private static byte[] readLimited(InputStream body) throws Unreadable {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                if (out.size() > MAX_BYTES) {
                    throw new Unreadable("body.tooLarge", 413);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Unreadable("body.malformed", 400);
        }
    }

    /** A string field; null when absent or JSON null; recorded as wrong type otherwise. */
    String string(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        typeErrors.add(FieldViolation.of(field, "wrongType", "string"));
        return null;
    }

    /** A boolean field; null when absent or JSON null; recorded as wrong type otherwise. */
    Boolean bool(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        typeErrors.add(FieldViolation.of(field, "wrongType", "boolean"));
        return null;
    }

    /** An object field; null when absent or JSON null; recorded as wrong type otherwise. */
    JsonObject object(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        typeErrors.add(FieldViolation.of(field, "wrongType", "object"));
        return null;
    }

    List<FieldViolation> typeErrors() {
        return List.copyOf(typeErrors);
    }
}
