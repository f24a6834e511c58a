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

    /** One message, in both languages. */
    record Message(RecipientKind recipientKind, String recipientId, String trackingNumber,
                   String subjectZh, String subjectEn, String bodyZh, String bodyEn) {
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
