package org.servicehall.plugins.channel.hotline12345;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** A work order's text fields: present or not, within their length, numbers taken as their digits. */
final class Fields {

    private Fields() {
    }

    static String required(JsonObject json, String name, int max) throws Refused {
        String value = optional(json, name, max);
        if (value == null) {
            throw new Refused(400, "MISSING_FIELD", "missing field: " + name);
        }
        return value;
    }

    static String optional(JsonObject json, String name, int max) throws Refused {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonNumber number ? plain(number.bigDecimalValue(), name, max)
                : value instanceof JsonString s ? s.getString() : null;
        if (text == null) {
            throw new Refused(400, "INVALID_FIELD", "field " + name + " must be a string");
        }
        if (text.length() > max) {
            throw new Refused(400, "INVALID_FIELD", "field " + name + " is longer than " + max);
        }
        return text.isBlank() ? null : text.strip();
    }

    /**
     * A number sent where text is expected (a phone number, an order id) as its digits. Its length is
     * judged before it is written out: {@code 1e999999999} is eleven characters of JSON but a billion
     * digits written plainly.
     */
    private static String plain(BigDecimal number, String name, int max) throws Refused {
        long digits = number.scale() <= 0 ? (long) number.precision() - number.scale()
                : Math.max(number.precision(), (long) number.scale() + 1);
        if (digits > max) {
            throw new Refused(400, "INVALID_FIELD", "field " + name + " is longer than " + max);
        }
        return number.toPlainString();
    }
}
