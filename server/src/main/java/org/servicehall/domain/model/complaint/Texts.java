package org.servicehall.domain.model.complaint;

import org.servicehall.domain.shared.TransitionRefused;

/** Checks for the free texts of a complaint: trimmed, within length, required where the process needs them. */
final class Texts {

    private Texts() {
    }

    static String required(String text, int maxLength, String field) {
        String value = optional(text, maxLength, field);
        if (value == null) {
            throw new TransitionRefused("required", field);
        }
        return value;
    }

    static String optional(String text, int maxLength, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > maxLength) {
            throw new TransitionRefused("tooLong", field, maxLength);
        }
        return value;
    }
}
