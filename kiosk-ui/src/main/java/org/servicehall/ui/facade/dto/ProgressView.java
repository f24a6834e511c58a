package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A complaint's public progress: no personal data, no description, no internal notes. */
public record ProgressView(String trackingNumber, String status, Label category, LocalDateTime receivedAt,
                           List<Step> steps) implements Serializable {

    public ProgressView {
        steps = List.copyOf(steps);
    }

    /** One step of the timeline; the screen translates action and status codes. */
    public record Step(String action, String status, LocalDateTime at) implements Serializable {
    }
}
