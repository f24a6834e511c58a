package org.servicehall.application;

/**
 * Something another server on the same database did that the screens connected to this server
 * must hear of (a complaint filed, a message for staff posted), relayed through the database; fired
 * on this server as it learns of it. Carries no personal data: a tracking number at most.
 *
 * @param subject what it is about (the tracking number of a filed complaint), or {@code null}
 */
public record RelayedEvent(Kind kind, String subject) {

    /** What happened; stored by name, so names are never changed once released. */
    public enum Kind {
        /** A complaint was filed through a channel; subject: its tracking number. */
        COMPLAINT_FILED,
        /** A message for staff (a user or a role) was posted; no subject. */
        STAFF_MESSAGE_POSTED
    }
}
