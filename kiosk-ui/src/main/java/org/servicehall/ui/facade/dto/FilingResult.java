package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.util.List;

/** Either a receipt or the reasons the filing was refused. */
public record FilingResult(Receipt receipt, List<FieldError> errors) implements Serializable {

    public FilingResult {
        errors = List.copyOf(errors);
    }

    public static FilingResult filed(Receipt receipt) {
        return new FilingResult(receipt, List.of());
    }

    public static FilingResult refused(List<FieldError> errors) {
        return new FilingResult(null, errors);
    }

    public boolean isFiled() {
        return receipt != null;
    }
}
