package org.servicehall.plugins.channel.open311;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.parsson.JsonProviderImpl;

/**
 * A GeoReport response as a tree (maps for elements with children, {@link Items} for repeated
 * elements, strings, numbers, booleans, null), written as XML or as JSON by the Spark convention
 * that GeoReport v2 prescribes: repeated elements become arrays, the root list becomes the top array.
 */
final class Document {

    /** Repeated elements named {@code item}: an XML list of {@code <item>}s, a JSON array. */
    record Items(String item, List<?> values) {
    }

    /*
     * Parsson's provider by name rather than through Json.createX or JsonProvider.provider(): those
     * look the provider up through the thread's context class loader, which in the host is the
     * server's and finds the server's own JSON-P, whose classes are not this bundle's (a
     * ServiceConfigurationError "not a subtype"). The embedded implementation needs no lookup.
     */
    private static final JsonProvider JSON = new JsonProviderImpl();

    private Document() {
    }

    /** UTF-8 XML with its declaration, the value under the root element. */
    static String xml(String root, Object value) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        element(root, value, out);
        return out.append('\n').toString();
    }

    private static void element(String name, Object value, StringBuilder out) {
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> element(k.toString(), v, out));
        } else if (value instanceof Items items) {
            items.values().forEach(v -> element(items.item(), v, out));
        } else if (value != null) {
            escapeXml(value.toString(), out);
        }
        out.append("</").append(name).append('>');
    }

    private static void escapeXml(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        out.append(' '); // not allowed in XML 1.0
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** JSON by the Spark convention, compact, with markup characters escaped (see {@link #inert}). */
    static String json(Object value) {
        return inert(toJson(value).toString());
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        } else if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((k, v) -> object.add(k.toString(), toJson(v)));
            return object.build();
        } else if (value instanceof Items items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.values().forEach(v -> array.add(toJson(v)));
            return array.build();
        } else if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Number number) {
            return JSON.createValue(new BigDecimal(number.toString()));
        }
        return JSON.createValue(value.toString());
    }

    /**
     * {@code < > &} and the line separators U+2028/U+2029 as {@code \}{@code u} escapes, so that the
     * text stays inert wherever a client shows it. In JSON written by Parsson these characters stand
     * only inside strings, where the escape means the same.
     */
    private static String inert(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
