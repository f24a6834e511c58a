package org.servicehall.plugins.channel.hotline12345;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the hotline's messages: a strict reader (objects, arrays, strings, numbers,
 * true, false, null; nesting bounded) and a writer of the same values. The plugin sees only the
 * plugin API, so it carries its own.
 */
final class Json {

    /** The input is not JSON. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message, int at) {
            super(message + " at " + at);
        }
    }

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Reads one JSON value that fills the whole text: Map, List, String, BigDecimal, Boolean or null. */
    static Object parse(String text) throws Malformed {
        Json json = new Json(text);
        json.space();
        Object value = json.value(0);
        json.space();
        if (json.pos != text.length()) {
            throw new Malformed("unexpected text after the value", json.pos);
        }
        return value;
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw new Malformed("nested too deeply", pos);
        }
        if (pos >= text.length()) {
            throw new Malformed("unexpected end", pos);
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new Malformed("unexpected character", pos);
        }
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        space();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw new Malformed("expected a name", pos);
            }
            String name = string();
            space();
            expect(':');
            space();
            if (map.put(name, value(depth + 1)) != null || map.size() > 1000) {
                throw new Malformed("repeated name or too many names", pos);
            }
            space();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new Malformed("expected , or }", pos - 1);
            }
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> list = new ArrayList<>();
        pos++;
        space();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            space();
            list.add(value(depth + 1));
            space();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new Malformed("expected , or ]", pos - 1);
            }
        }
    }

    private String string() throws Malformed {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Malformed("control character in a string", pos - 1);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw new Malformed("short \\u escape", pos);
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new Malformed("bad \\u escape", pos);
                    }
                    pos += 4;
                }
                default -> throw new Malformed("bad escape", pos - 1);
            }
        }
    }

    private BigDecimal number() throws Malformed {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (!digits.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") || digits.length() > 40) {
            throw new Malformed("bad number", start);
        }
        return new BigDecimal(digits);
    }

    private Object literal(String word, Object value) throws Malformed {
        if (!text.startsWith(word, pos)) {
            throw new Malformed("unexpected word", pos);
        }
        pos += word.length();
        return value;
    }

    private void space() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() throws Malformed {
        if (pos >= text.length()) {
            throw new Malformed("unexpected end", pos);
        }
        return text.charAt(pos);
    }

    private char next() throws Malformed {
        char c = peek();
        pos++;
        return c;
    }

    private void expect(char c) throws Malformed {
        if (next() != c) {
            throw new Malformed("expected " + c, pos - 1);
        }
    }

    /** Writes a Map, List, CharSequence, Number, Boolean or null as JSON. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
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
