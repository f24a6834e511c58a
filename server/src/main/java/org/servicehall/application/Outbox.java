package org.servicehall.application;

import java.time.Instant;
import java.util.Map;
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
     * @param params    the named values the texts were made of, for gateways that fill approved
     *                  templates themselves; never null
     * @param secret    a value only the recipient may read (a receipt's query code): the texts hold
     *                  the placeholder {@value #SECRET_PLACEHOLDER}, filled in only when a notifier
     *                  sends the message, and the value is erased once it is delivered; or null
     */
    record Message(RecipientKind recipientKind, String recipientId, String trackingNumber,
                   String subjectZh, String subjectEn, String bodyZh, String bodyEn, String kind, boolean important,
                   Map<String, String> params, String secret) {

        /** Where a message's {@code secret} goes in its texts and parameters. */
        public static final String SECRET_PLACEHOLDER = "{queryCode}";

        /** A message of a kind, without parameters or secret. */
        public Message(RecipientKind recipientKind, String recipientId, String trackingNumber,
                       String subjectZh, String subjectEn, String bodyZh, String bodyEn, String kind, boolean important) {
            this(recipientKind, recipientId, trackingNumber, subjectZh, subjectEn, bodyZh, bodyEn, kind, important,
                    Map.of(), null);
        }

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
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }

    /** Keeps a message for delivery as soon as a notifier can take it. */
    default void post(Message message) {
        post(message, null);
    }

    /** Keeps a message that no notifier may send before {@code notBefore} (quiet hours, a daily limit), or null. */
    void post(Message message, Instant notBefore);
}
