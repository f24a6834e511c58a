package org.servicehall.ui.facade.staff;

import java.io.Serializable;

/**
 * What a queue screen asks for.
 *
 * @param queue {@code NEW}, {@code MINE}, {@code RECEIVED}, {@code DEPARTMENT}, {@code UNASSIGNED}, {@code DUE_SOON},
 *              {@code OVERDUE}, {@code DEPARTMENT_OVERDUE}, {@code ESCALATED}, {@code AWAITING_APPROVAL} or {@code ALL}
 * @param sort  a column ({@code currentDue}, {@code receivedAt}, {@code urgency}, {@code trackingNumber}),
 *              prefixed with {@code -} for descending
 */
public record QueueQuery(String queue, String status, String urgency, String categoryCode, String channel,
                         String text, String sort, int offset, int limit) implements Serializable {
}
