package org.servicehall.domain.model.category;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An extra question of a category, asked when a complaint is filed under it, and the rules its
 * answer follows. Answers travel and are stored as text: digits for a number, the choice's code,
 * {@code yyyy-MM-dd} for a date.
 *
 * @param maxLength for {@link Type#TEXT}; 0 otherwise
 * @param min       for {@link Type#NUMBER}; 0 otherwise
 * @param max       for {@link Type#NUMBER}; 0 otherwise
 * @param choices   for {@link Type#CHOICE}; empty otherwise
 */
public record Field(String code, Type type, String labelZh, String labelEn, boolean required, int maxLength, long min,
                    long max, List<Category.QuickPick> choices) {

    /** What kind of answer the field takes. */
    public enum Type {
        TEXT, NUMBER, CHOICE, DATE
    }

    public Field {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public String label(Locale locale) {
        return Category.english(locale) ? labelEn : labelZh;
    }

    /**
     * What is wrong with an answer, as a violation code: {@code required}, {@code tooLong},
     * {@code invalid}, {@code outOfRange} or {@code unknown}; empty when the answer is acceptable.
     * A blank answer is acceptable unless the field is required.
     */
    public Optional<String> problem(String answer) {
        if (answer == null || answer.isBlank()) {
            return required ? Optional.of("required") : Optional.empty();
        }
        String value = answer.strip();
        return Optional.ofNullable(switch (type) {
            case TEXT -> value.length() > maxLength ? "tooLong"
                    : value.chars().anyMatch(Character::isISOControl) ? "invalid" : null;
            case NUMBER -> numberProblem(value);
            case CHOICE -> choice(value).isPresent() ? null : "unknown";
            case DATE -> date(value).isPresent() ? null : "invalid";
        });
    }

    /** The answer as a person reads it: a choice's label, a date, a number or the text. */
    public String display(String answer, Locale locale) {
        String value = answer.strip();
        if (type == Type.CHOICE) {
            return choice(value).map(choice -> choice.label(locale)).orElse(value);
        }
        return value;
    }

    private String numberProblem(String value) {
        if (!value.matches("\\d{1,9}")) {
            return "invalid";
        }
        long number = Long.parseLong(value);
        return number < min || number > max ? "outOfRange" : null;
    }

    private Optional<Category.QuickPick> choice(String value) {
        return choices.stream().filter(choice -> choice.code().equals(value)).findFirst();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
