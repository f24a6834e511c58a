package org.servicehall.plugin.api.category;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * An extra question a category asks when a complaint is filed under it, e.g. "办理的是哪项业务？".
 * The kiosk and the window forms render it after the common questions; the registration stores
 * the answer with the complaint. Immutable; plugins construct it with {@link #text}, {@link #number},
 * {@link #choice} or {@link #date}.
 *
 * @since 1.1
 */
public final class FormField {

    /** What kind of answer a field takes. */
    public enum Type {
        /** Free text up to {@link FormField#maxLength()} characters. */
        TEXT,
        /** A whole number between {@link FormField#min()} and {@link FormField#max()}. */
        NUMBER,
        /** One of {@link FormField#choices()}. */
        CHOICE,
        /** A calendar day (no time), stored as {@code yyyy-MM-dd}. */
        DATE
    }

    /** The longest text answer a field may allow. */
    public static final int TEXT_MAX_LENGTH = 200;

    /** The most choices a {@link Type#CHOICE} field may offer. */
    public static final int CHOICES_MAX = 8;

    private final String code;
    private final LocalizedText label;
    private final Type type;
    private final boolean required;
    private final int maxLength;
    private final long min;
    private final long max;
    private final List<QuickPick> choices;

    private FormField(String code, LocalizedText label, Type type, boolean required, int maxLength, long min,
                      long max, List<QuickPick> choices) {
        this.code = QuickPick.requireCode(code);
        this.label = QuickPick.requireLabel(label);
        this.type = type;
        this.required = required;
        this.maxLength = maxLength;
        this.min = min;
        this.max = max;
        this.choices = choices;
    }

    /** A free-text answer of at most {@code maxLength} characters (1 to {@value #TEXT_MAX_LENGTH}). */
    public static FormField text(String code, LocalizedText label, boolean required, int maxLength) {
        if (maxLength < 1 || maxLength > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("maxLength must be 1 to " + TEXT_MAX_LENGTH + ": " + maxLength);
        }
        return new FormField(code, label, Type.TEXT, required, maxLength, 0, 0, List.of());
    }

    /** A whole number from {@code min} to {@code max} (both included, both at least 0), typed on a keypad. */
    public static FormField number(String code, LocalizedText label, boolean required, long min, long max) {
        if (min < 0 || max < min || max > 99_999_999L) {
            throw new IllegalArgumentException("need 0 <= min <= max <= 99999999: " + min + ", " + max);
        }
        return new FormField(code, label, Type.NUMBER, required, 0, min, max, List.of());
    }

    /** One answer out of 2 to {@value #CHOICES_MAX} choices, each with a code unique within the field. */
    public static FormField choice(String code, LocalizedText label, boolean required, List<QuickPick> choices) {
        Objects.requireNonNull(choices, "choices");
        List<QuickPick> copy = List.copyOf(choices);
        if (copy.size() < 2 || copy.size() > CHOICES_MAX) {
            throw new IllegalArgumentException("a choice field needs 2 to " + CHOICES_MAX + " choices: " + copy.size());
        }
        Set<String> codes = new HashSet<>();
        for (QuickPick choice : copy) {
            if (!codes.add(choice.code())) {
                throw new IllegalArgumentException("choice code repeated: " + choice.code());
            }
        }
        return new FormField(code, label, Type.CHOICE, required, 0, 0, 0, copy);
    }

    /** A calendar day, picked on the kiosk with a simple day stepper. */
    public static FormField date(String code, LocalizedText label, boolean required) {
        return new FormField(code, label, Type.DATE, required, 0, 0, 0, List.of());
    }

    /** Stable within its category; the stored answer is kept under this code. */
    public String code() {
        return code;
    }

    /** The question as shown, at most {@value QuickPick#LABEL_MAX_LENGTH} characters per language. */
    public LocalizedText label() {
        return label;
    }

    public Type type() {
        return type;
    }

    /** Whether a complaint under this category cannot be filed without an answer. */
    public boolean required() {
        return required;
    }

    /** For {@link Type#TEXT}: the longest answer; 0 for other types. */
    public int maxLength() {
        return maxLength;
    }

    /** For {@link Type#NUMBER}: the smallest answer; 0 for other types. */
    public long min() {
        return min;
    }

    /** For {@link Type#NUMBER}: the largest answer; 0 for other types. */
    public long max() {
        return max;
    }

    /** For {@link Type#CHOICE}: the choices in display order; empty for other types. */
    public List<QuickPick> choices() {
        return choices;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FormField that && code.equals(that.code) && label.equals(that.label)
                && type == that.type && required == that.required && maxLength == that.maxLength
                && min == that.min && max == that.max && choices.equals(that.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, label, type, required, maxLength, min, max, choices);
    }

    @Override
    public String toString() {
        return type + " " + code + (required ? " (required)" : "") + " " + label;
    }
}
