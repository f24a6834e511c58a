package org.servicehall.domain.model.calendar;

/**
 * A step of complaint handling that runs against a deadline. Each stage's clock starts when the
 * previous step is done; its rule comes from {@link DeadlineDefaults}.
 */
public enum Stage {

    /**
     * First response and dispatch: counted from receipt (or from the appeal that reopened the case)
     * until the complaint is assigned to a department or closed at first contact.
     */
    ACKNOWLEDGE("acknowledge"),

    /** The responsible department signs for an assignment, counted from the assignment. */
    SIGN_FOR("signFor"),

    /**
     * Handling: counted from the assignment (the supervisor may set the deadline when assigning)
     * until handling is complete.
     */
    HANDLE("handle"),

    /** Feedback: from handling complete until the complainant has been given feedback. */
    FEEDBACK("feedback");

    private final String configKey;

    Stage(String configKey) {
        this.configKey = configKey;
    }

    /** The lower-camel name used in configuration keys, e.g. {@code signFor}. */
    public String configKey() {
        return configKey;
    }
}
