package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.util.List;

/**
 * An extra question of a category, as the kiosk renders it.
 *
 * @param type      {@code TEXT}, {@code NUMBER}, {@code CHOICE} or {@code DATE}
 * @param maxLength for TEXT
 * @param min       for NUMBER
 * @param max       for NUMBER
 * @param choices   for CHOICE
 */
public record FieldSpec(String code, Label label, String type, boolean required, int maxLength, long min, long max,
                        List<Choice> choices) implements Serializable {

    public FieldSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The number of digits the largest allowed number has, for the keypad. */
    public int maxDigits() {
        return Math.max(1, Long.toString(max).length());
    }
}
