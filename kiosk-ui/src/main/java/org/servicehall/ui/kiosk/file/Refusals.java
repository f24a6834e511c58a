package org.servicehall.ui.kiosk.file;

import java.util.List;
import java.util.Locale;
import org.servicehall.ui.facade.dto.FieldError;
import org.servicehall.ui.support.Messages;

/** What the wizard does with the system's refusals of a filing: says each, and finds the step to fix them in. */
final class Refusals {

    private Refusals() {
    }

    /** Shows each refusal in the citizen's language; returns the earliest step that holds a refused field. */
    static Step show(List<FieldError> errors, Locale locale) {
        Step earliest = Step.REVIEW;
        for (FieldError error : errors) {
            Step owner = owning(error.field());
            if (owner.ordinal() < earliest.ordinal()) {
                earliest = owner;
            }
            String key = "error." + (error.field().startsWith("answers.") ? "answers" : error.field()) + "." + error.code();
            if (Messages.has(locale, key) && !error.field().startsWith("answers.")) {
                Messages.error(key, error.args().toArray());
            } else {
                Messages.error("error.generic");
            }
        }
        return earliest;
    }

    /** The step where the citizen changes a field, by its name in a refusal. */
    static Step owning(String field) {
        return switch (field) {
            case "categoryCode" -> Step.CATEGORY;
            case "quickPicks" -> Step.PROBLEM;
            case "description", "windowNumber", "staffNumber", "incidentDay" -> Step.DETAILS;
            case "complainantPhone", "complainantName" -> Step.CONTACT;
            default -> field.startsWith("answers.") ? Step.DETAILS : Step.REVIEW;
        };
    }
}
