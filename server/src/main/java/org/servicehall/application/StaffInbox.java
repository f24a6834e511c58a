package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A staff member's inbox: the outbox messages addressed to them by user name or to one of their
 * roles, newest first, of the last {@link #DAYS} days. Each member reads a message to their role
 * on their own: read or unread is kept per user.
 */
public interface StaffInbox {

    /** How far back the inbox reaches. */
    int DAYS = 30;

    /** One message as a staff member sees it. */
    record Item(long id, Instant at, String kind, String trackingNumber, String subjectZh, String subjectEn,
                String bodyZh, String bodyEn, boolean important, boolean read) {
    }

    /** The newest messages, at most {@code max}. */
    List<Item> latest(String username, Set<String> roles, int max);

    /** Unread messages, counted up to {@code cap} (a bell shows "99+" beyond). */
    int unread(String username, Set<String> roles, int cap);

    /** Marks a message read for this user; false when it is not addressed to them (or was read already). */
    boolean markRead(String username, Set<String> roles, long id);

    /** Marks every message of the inbox read for this user; how many were unread. */
    int markAllRead(String username, Set<String> roles);
}
