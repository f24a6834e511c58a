package org.servicehall.ui.kiosk.file;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.support.DayPicker;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;

/**
 * The answers to a category's own questions: choices tapped, numbers stepped or typed on a
 * keypad, days picked, words typed. Keypads and day pickers keep their values until the step is
 * left; then {@link #collect} moves them into the answers.
 */
public final class FieldAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Map<String, DigitEntry> numberEntries = new LinkedHashMap<>();
    private final Map<String, DayPicker> dateEntries = new LinkedHashMap<>();

    void clear() {
        answers.clear();
        numberEntries.clear();
        dateEntries.clear();
    }

    /** Sets a choice field's answer; tapping the chosen answer again takes it back. */
    public void answer(String fieldCode, String choiceCode) {
        if (choiceCode.equals(answers.get(fieldCode))) {
            answers.remove(fieldCode);
        } else {
            answers.put(fieldCode, choiceCode);
        }
    }

    public String answerOf(String fieldCode) {
        return answers.get(fieldCode);
    }

    /** The keypad entry of a number field with a large range. */
    public DigitEntry numberEntry(FieldSpec field) {
        return numberEntries.computeIfAbsent(field.code(), code -> new DigitEntry(field.maxDigits()));
    }

    /** Whether a number field is small enough for − and + buttons rather than a keypad. */
    public boolean stepsThrough(FieldSpec field) {
        return field.max() - field.min() <= 100;
    }

    public void stepNumber(FieldSpec field, int by) {
        String current = answers.get(field.code());
        if (current == null && by < 0) {
            return;
        }
        long value = current == null ? field.min() : Long.parseLong(current) + by;
        answers.put(field.code(), Long.toString(Math.max(field.min(), Math.min(field.max(), value))));
    }

    /** The day picker of a date field, created on first use, starting today. */
    DayPicker dateEntry(FieldSpec field, LocalDate today) {
        return dateEntries.computeIfAbsent(field.code(), code -> new DayPicker(today,
                today.minusDays(Incident.EARLIEST_DAYS_AGO), today.plusDays(Incident.EARLIEST_DAYS_AGO)));
    }

    /** Text answers, bound to their inputs; the map keeps only non-blank answers when leaving the step. */
    public Map<String, String> getAnswers() {
        return answers;
    }

    /** Collects every field's answer and checks it; says what is wrong with the first that is not right. */
    boolean check(List<FieldSpec> fields, Locale locale) {
        for (FieldSpec field : fields) {
            collect(field);
            String value = answers.get(field.code());
            if (field.required() && value == null) {
                Messages.error("error.answers.required", field.label().in(locale));
                return false;
            }
            if ("NUMBER".equals(field.type()) && value != null
                    && (Long.parseLong(value) < field.min() || Long.parseLong(value) > field.max())) {
                Messages.error("error.answers.outOfRange", field.label().in(locale), field.min(), field.max());
                return false;
            }
        }
        return true;
    }

    /** Moves the keypad and day-picker values of a field into its answer. */
    void collect(FieldSpec field) {
        switch (field.type()) {
            case "NUMBER" -> {
                DigitEntry entry = numberEntries.get(field.code());
                if (entry != null && !stepsThrough(field)) {
                    if (entry.isEmpty()) {
                        answers.remove(field.code());
                    } else {
                        answers.put(field.code(), Long.toString(Long.parseLong(entry.getValue())));
                    }
                }
            }
            case "DATE" -> {
                DayPicker picker = dateEntries.get(field.code());
                if (picker != null) {
                    answers.put(field.code(), picker.getDay().toString());
                }
            }
            case "TEXT" -> {
                String text = answers.get(field.code());
                if (text == null || text.isBlank()) {
                    answers.remove(field.code());
                } else {
                    answers.put(field.code(), text.strip());
                }
            }
            default -> { }
        }
    }

    /** The answers as the review shows them, in the field's order, with choice labels. */
    List<String[]> lines(List<FieldSpec> fields, Locale locale) {
        List<String[]> lines = new ArrayList<>();
        for (FieldSpec field : fields) {
            String value = answers.get(field.code());
            if (value != null) {
                String shown = "CHOICE".equals(field.type()) ? field.choices().stream()
                        .filter(c -> c.code().equals(value)).map(c -> c.label().in(locale))
                        .findFirst().orElse(value) : value;
                lines.add(new String[] {field.label().in(locale), shown});
            }
        }
        return lines;
    }
}
