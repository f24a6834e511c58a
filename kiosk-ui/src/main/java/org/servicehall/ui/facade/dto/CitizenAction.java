package org.servicehall.ui.facade.dto;

import java.io.Serializable;

/**
 * The outcome of something a citizen did with their complaint (look it up, rate, appeal): the
 * complaint as it is now, or why it was refused.
 *
 * @param refusal {@code notFound} (unknown number or wrong code), {@code locked} (too many wrong
 *                codes for the number: only a window helps now), {@code notNow} (the complaint's
 *                state does not allow it) or {@code invalid}; null when done
 */
public record CitizenAction(ProgressView progress, String refusal) implements Serializable {

    public static CitizenAction done(ProgressView progress) {
        return new CitizenAction(progress, null);
    }

    public static CitizenAction refused(String refusal) {
        return new CitizenAction(null, refusal);
    }

    public boolean isDone() {
        return refusal == null;
    }

    /** Whether the number is locked after too many wrong codes. */
    public boolean isLocked() {
        return "locked".equals(refusal);
    }
}
