package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A complaint that may be the same as the one being registered. */
public record DuplicateHint(String trackingNumber, String status, String categoryLabel, LocalDateTime receivedAt,
                            String reason, String excerpt) implements Serializable {
}
