package org.servicehall.interfaces.messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.application.ConcurrentChangeException;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * The refusals of the process in words, for screens that show them next to a field or as a
 * message: the same texts the API sends as problem details.
 */
public final class Refusals {

    private static final Set<String> FIELD_CODES = Set.of("required", "tooLong", "invalid");

    private Refusals() {
    }

    /** A refusal: the message, and one text per field to blame (may be none). */
    public record Refusal(String message, List<FieldText> fields) {
    }

    public record FieldText(String field, String message) {
    }

    /** The refusal in the user's language, or empty when the exception is not a refusal of the process. */
    public static Optional<Refusal> of(Throwable exception, Locale locale) {
        ProcessMessages messages = ProcessMessages.of(locale);
        if (exception instanceof InvalidInputException invalid) {
            return Optional.of(new Refusal(messages.get("problem.invalidInput.detail", invalid.violations().size()),
                    invalid.violations().stream()
                            .map(v -> new FieldText(v.field(), messages.violation(v.field(), v.code(), v.args())))
                            .toList()));
        }
        if (exception instanceof TransitionRefused refused) {
            if (FIELD_CODES.contains(refused.code()) && !refused.args().isEmpty()) {
                String field = String.valueOf(refused.args().get(0));
                List<Object> rest = refused.args().subList(1, refused.args().size());
                String text = messages.violation(field, refused.code(), rest);
                return Optional.of(new Refusal(text, List.of(new FieldText(field, text))));
            }
            Object[] args = refused.args().stream().map(a -> a instanceof Enum<?> e ? messages.label(e)
                    : messages.has("action." + a) ? messages.get("action." + a) : a).toArray();
            return Optional.of(new Refusal(messages.get("transition." + refused.code(), args), List.of()));
        }
        if (exception instanceof CaseNotFoundException) {
            return Optional.of(new Refusal(messages.get("complaint.notFound"), List.of()));
        }
        if (exception instanceof AccessDeniedException denied) {
            return Optional.of(new Refusal(messages.get("transition." + denied.reason()), List.of()));
        }
        if (exception instanceof ConcurrentChangeException conflict) {
            return Optional.of(new Refusal(conflict.changedBy() == null ? messages.get("problem.conflict.someone")
                    : messages.get("problem.conflict.detail", conflict.changedBy(), conflict.changedAt().toString()),
                    List.of()));
        }
        return Optional.empty();
    }
}
