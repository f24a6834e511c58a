package org.servicehall.ui.facade.staff;

import java.util.List;

/**
 * The system refused a step, with the reason in words in the user's language, and the fields to
 * blame (if any) so that a form can show each message next to its field.
 */
public class StepRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldMessage> fields;

    public StepRefusedException(String message, List<FieldMessage> fields) {
        super(message, null, false, false);
        this.fields = List.copyOf(fields);
    }

    public List<FieldMessage> fields() {
        return fields;
    }

    /** One field's problem, in words. */
    public record FieldMessage(String field, String message) {
    }
}
