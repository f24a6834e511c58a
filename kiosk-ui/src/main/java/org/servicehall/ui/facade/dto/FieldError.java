package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.util.List;

/**
 * Why a field was refused: the screen translates {@code code} with its own bundle.
 *
 * @param field {@code categoryCode}, {@code description}, {@code complainantPhone}, ...
 * @param code  {@code required}, {@code tooLong}, {@code invalid}, {@code unknown}, {@code notAllowed}
 */
public record FieldError(String field, String code, List<Object> args) implements Serializable {

    public FieldError {
        args = List.copyOf(args);
    }
}
