package org.servicehall.application;

import java.util.List;

/** Input that a use case refused, with every reason found (not only the first). */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid input: " + violations.stream().map(v -> v.field() + " " + v.code()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
