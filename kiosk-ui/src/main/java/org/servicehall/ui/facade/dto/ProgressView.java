package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A complaint's progress as its complainant sees it: no personal data, no description, no
 * internal notes.
 *
 * @param currentStage the stage whose deadline runs now ({@code ACKNOWLEDGE}, {@code SIGN_FOR},
 *                     {@code HANDLE}, {@code FEEDBACK}); null once finished
 * @param currentDue   that deadline in the hall's time zone; null once finished
 * @param rating       the complainant's own rating code, if any
 * @param rateable     the complaint is finished and may be rated now
 * @param appealable   the complainant may appeal now
 */
public record ProgressView(String trackingNumber, String status, Label category, LocalDateTime receivedAt,
                           List<Step> steps, String currentStage, LocalDateTime currentDue, String rating,
                           boolean rateable, boolean appealable) implements Serializable {

    public ProgressView {
        steps = List.copyOf(steps);
    }

    /** One step of the timeline; the screen translates action and status codes. */
    public record Step(String action, String status, LocalDateTime at) implements Serializable {
    }
}
