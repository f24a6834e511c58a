package org.servicehall.plugin.api.notify;

import java.util.Objects;
import java.util.Optional;
import org.servicehall.plugin.api.common.LocalizedText;

/** One message to one recipient, in both languages, optionally about a complaint. */
public final class Message {

    private final long id;
    private final Recipient recipient;
    private final LocalizedText subject;
    private final LocalizedText body;
    private final String trackingNumber;

    /**
     * @param id             the host's outbox id (stable across retries)
     * @param trackingNumber the complaint the message is about, or null
     */
    public Message(long id, Recipient recipient, LocalizedText subject, LocalizedText body, String trackingNumber) {
        this.id = id;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.trackingNumber = trackingNumber;
    }

    public long id() {
        return id;
    }

    public Recipient recipient() {
        return recipient;
    }

    public LocalizedText subject() {
        return subject;
    }

    public LocalizedText body() {
        return body;
    }

    public Optional<String> trackingNumber() {
        return Optional.ofNullable(trackingNumber);
    }
}
