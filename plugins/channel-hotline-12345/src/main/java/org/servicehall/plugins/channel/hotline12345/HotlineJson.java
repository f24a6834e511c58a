package org.servicehall.plugins.channel.hotline12345;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Collection;
import java.util.Map;
import org.eclipse.parsson.JsonProviderImpl;
import org.eclipse.parsson.api.JsonConfig;

/**
 * The hotline's JSON through JSON-P (Eclipse Parsson, embedded in the bundle): a strict reader with
 * the limits the hotline has always applied, and a writer that keeps markup out of its text.
 */
final class HotlineJson {

    /** The input is not JSON, or not within the limits. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /*
     * Parsson's provider by name rather than through Json.createX or JsonProvider.provider(): those
     * look the provider up through the thread's context class loader, which in the host is the
     * server's and finds the server's own JSON-P, whose classes are not this bundle's (a
     * ServiceConfigurationError "not a subtype"). The embedded implementation needs no lookup.
     */
    private static final JsonProvider JSON = new JsonProviderImpl();
    /** At most 33 levels of arrays and objects; numbers of at most 40 characters; a name once per object. */
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of(
            JsonConfig.MAX_DEPTH, 34, JsonConfig.MAX_BIGDECIMAL_LEN, 40, JsonConfig.REJECT_DUPLICATE_KEYS, true));
    private static final int MAX_NAMES = 1000;

    private HotlineJson() {
    }

    /** Reads one JSON value that fills the whole text. */
    static JsonValue parse(String text) throws Malformed {
        JsonValue value;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new Malformed("unexpected text after the value");
            }
        } catch (RuntimeException e) {
            // Parsson reports a syntax error as JsonParsingException, a repeated name as
            // IllegalStateException and a limit passed as another RuntimeException
            throw new Malformed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (!withinNameLimit(value)) {
            throw new Malformed("more than " + MAX_NAMES + " names in an object");
        }
        return value;
    }

    private static boolean withinNameLimit(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().size() <= MAX_NAMES
                    && value.asJsonObject().values().stream().allMatch(HotlineJson::withinNameLimit);
            case ARRAY -> value.asJsonArray().stream().allMatch(HotlineJson::withinNameLimit);
            default -> true;
        };
    }

    static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    static JsonArrayBuilder array(Collection<?> values) {
        return JSON.createArrayBuilder(values);
    }

    /**
     * The value as compact JSON, with {@code < > &} and the line separators U+2028/U+2029 as
     * {@code \}{@code u} escapes, so that the text stays inert wherever it is shown. In JSON written
     * by Parsson these characters stand only inside strings, where the escape means the same.
     */
    static String write(JsonObject value) {
        return value.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
