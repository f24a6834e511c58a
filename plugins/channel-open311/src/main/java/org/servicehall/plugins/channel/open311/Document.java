package org.servicehall.plugins.channel.open311;

import java.util.List;
import java.util.Map;

/**
 * A GeoReport response as a tree (maps for elements with children, {@link Items} for repeated
 * elements, strings, numbers, booleans, null), written as XML or as JSON by the Spark convention
 * that GeoReport v2 prescribes: repeated elements become arrays, the root list becomes the top array.
 */
final class Document {

    /** Repeated elements named {@code item}: an XML list of {@code <item>}s, a JSON array. */
    record Items(String item, List<?> values) {
    }

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

    /** JSON by the Spark convention. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        json(value, out);
        return out.toString();
    }

    private static void json(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                quote(e.getKey().toString(), out);
                out.append(':');
                json(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Items items) {
            out.append('[');
            for (int i = 0; i < items.values().size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(items.values().get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            quote(value.toString(), out);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
