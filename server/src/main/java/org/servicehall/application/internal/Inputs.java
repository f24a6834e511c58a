package org.servicehall.application.internal;

import java.util.List;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;

/** Reads the plain values of commands (as they come from screens and the API) into domain values. */
final class Inputs {

    private Inputs() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "required")));
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "unknown")));
        }
    }

    static InvalidInputException invalid(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
    }
}
