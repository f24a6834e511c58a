package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A message in the logged-in staff member's inbox, in their language.
 *
 * @param at             when it was posted, in the hall's time zone
 * @param kind           what it is about ({@code REMIND_HANDLER}, {@code ALERT_SUPERVISOR},
 *                       {@code SUPERVISE}, {@code SUGGEST_REASSIGN}, {@code PLUGIN_STOPPED}, …); may be null
 * @param trackingNumber the complaint it is about; null for messages about the system
 */
public record InboxMessage(long id, LocalDateTime at, String kind, String trackingNumber, String subject, String body,
                           boolean important, boolean read) implements Serializable {
}
