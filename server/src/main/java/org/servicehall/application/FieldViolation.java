package org.servicehall.application;

import java.util.List;
import java.util.Objects;

/**
 * One reason why an input was refused, for one field. The code is stable and translated by the
 * caller (REST problem details, screens) into the reader's language.
 *
 * @param field the input field, e.g. {@code description}
 * @param code  what is wrong: {@code required}, {@code tooLong}, {@code invalid}, {@code unknown},
 *              {@code notAllowed}, {@code wrongType}
 * @param args  values for the message, e.g. the maximum length
 */
public record FieldViolation(String field, String code, List<Object> args) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static FieldViolation of(String field, String code, Object... args) {
        return new FieldViolation(field, code, List.of(args));
    }
}
