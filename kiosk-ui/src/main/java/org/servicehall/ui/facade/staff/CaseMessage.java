package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One message about a case and what became of it with one notifier, for the case screen. A
 * complainant is named by role only: their phone number and e-mail stay with the notifier.
 *
 * @param at             when it was posted, hall time
 * @param kind           {@code FILED}, {@code RESULT}, {@code REMIND_HANDLER}, …; may be null
 * @param recipientKind  {@code COMPLAINANT}, {@code STAFF} or {@code ROLE}
 * @param recipientId    the user name or role; null for the complainant
 * @param notifier       the notifier's id, or null when none has tried it yet
 * @param state          {@code SENT}, {@code DELIVERED}, {@code UNDELIVERED}, {@code FAILED}, {@code WAITING},
 *                       {@code SCHEDULED} (after quiet hours) or {@code WITHHELD} (no consent)
 * @param when           when it was sent, or when it is due to go out (SCHEDULED); may be null
 */
public record CaseMessage(LocalDateTime at, String kind, String recipientKind, String recipientId, String subject,
                          String notifier, String state, LocalDateTime when, String report) implements Serializable {
}
