package org.servicehall.plugin.api.notify;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * One message to one recipient, in both languages, optionally about a complaint. Its {@linkplain
 * #kind() kind} and {@linkplain #parameters() parameters} let a gateway that only sends
 * pre-approved templates (a cloud SMS service in China) pick its template and fill it.
 */
public final class Message {

    private final long id;
    private final Recipient recipient;
    private final LocalizedText subject;
    private final LocalizedText body;
    private final String trackingNumber;
    private final String kind;
    private final Map<String, String> parameters;
    private final boolean important;

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
        this.kind = null;
        this.parameters = Map.of();
        this.important = false;
    }

    /**
     * @param id             the host's outbox id (stable across retries)
     * @param kind           one of {@link MessageKinds}, or another kind a plugin raised; null for none
     * @param trackingNumber the complaint the message is about, or null
     * @param parameters     the values the text was made of (e.g. {@code trackingNumber}, {@code
     *                       queryCode}, {@code statusUrl}, {@code deadline}), by name
     * @param important      supervision (督办) and emergencies: a notifier may mark or prioritise it
     * @since 1.1
     */
    public Message(long id, Recipient recipient, String kind, LocalizedText subject, LocalizedText body,
                   String trackingNumber, Map<String, String> parameters, boolean important) {
        this.id = id;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.trackingNumber = trackingNumber;
        this.kind = kind;
        this.parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        this.important = important;
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

    /** @since 1.1 */
    public Optional<String> kind() {
        return Optional.ofNullable(kind);
    }

    /** The named values the text was made of; empty for a message without them. @since 1.1 */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** @since 1.1 */
    public boolean important() {
        return important;
    }
}
