package org.servicehall.interfaces.ui;

import java.util.Locale;
import java.util.function.Supplier;
import org.servicehall.interfaces.messages.Refusals;
import org.servicehall.ui.facade.staff.StepRefusedException;

/** The staff desks' one way of calling the application: a refusal of the process comes back in words. */
final class StepRefusals {

    private StepRefusals() {
    }

    /** Runs {@code call}; a refusal anywhere in its causes becomes a {@link StepRefusedException} in {@code locale}. */
    static <T> T inWords(Locale locale, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                var refusal = Refusals.of(cause, locale);
                if (refusal.isPresent()) {
                    throw new StepRefusedException(refusal.get().message(), refusal.get().fields().stream()
                            .map(f -> new StepRefusedException.FieldMessage(f.field(), f.message())).toList());
                }
            }
            throw e;
        }
    }
}
