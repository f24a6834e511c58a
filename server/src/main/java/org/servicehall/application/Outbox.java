package org.servicehall.application;

import java.util.Objects;

/**
 * Messages to staff and complainants, kept in the database in the caller's transaction and
 * delivered by the notifiers afterwards; with no notifier installed the outbox is the record.
 */
public interface Outbox {

    /** Who receives a message: a staff member by user name, everyone in a role, or a complaint's complainant. */
    enum RecipientKind {
        STAFF, ROLE, COMPLAINANT
    }

    /**
     * One message, in both languages.
     *
     * @param kind      what it is about (e.g. {@code REMIND_HANDLER}, {@code SUPERVISE},
     *                  {@code PLUGIN_STOPPED}); may be null for older messages
     * @param important shown marked in a staff member's inbox: supervision (督办) and emergencies
     */
    record Message(RecipientKind recipientKind, String recipientId, String trackingNumber,
                   String subjectZh, String subjectEn, String bodyZh, String bodyEn, String kind, boolean important) {

        /** A message of no particular kind, not marked important. */
        public Message(RecipientKind recipientKind, String recipientId, String trackingNumber,
                       String subjectZh, String subjectEn, String bodyZh, String bodyEn) {
            this(recipientKind, recipientId, trackingNumber, subjectZh, subjectEn, bodyZh, bodyEn, null, false);
        }

        public Message {
            Objects.requireNonNull(recipientKind, "recipientKind");
            Objects.requireNonNull(recipientId, "recipientId");
            Objects.requireNonNull(subjectZh, "subjectZh");
            Objects.requireNonNull(subjectEn, "subjectEn");
            Objects.requireNonNull(bodyZh, "bodyZh");
            Objects.requireNonNull(bodyEn, "bodyEn");
        }
    }

    void post(Message message);
}
