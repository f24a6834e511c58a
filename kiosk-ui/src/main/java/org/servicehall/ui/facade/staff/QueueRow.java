package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One row of a work queue.
 *
 * @param deadlineState {@code OVERDUE}, {@code DUE_SOON}, {@code ON_TIME} or {@code NONE}
 */
public record QueueRow(String trackingNumber, String status, String urgency, String categoryLabel, String channel,
                       LocalDateTime receivedAt, LocalDateTime currentDue, String currentStage, String deadlineState,
                       String department, String handler, boolean supervised, String excerpt) implements Serializable {
}
