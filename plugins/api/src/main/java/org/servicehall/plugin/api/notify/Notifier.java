package org.servicehall.plugin.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers messages, registered by a plugin as an OSGi service. The host calls {@link #send} on
 * its own threads with a time limit, after it has stored the message in its outbox.
 */
@ConsumerType
public interface Notifier {

    /** A stable id, recorded in the outbox next to each message this notifier delivered. */
    String id();

    /** Whether this notifier can reach this kind of recipient at all (e.g. an SMS gateway: phones only). */
    boolean accepts(Recipient recipient);

    /**
     * Delivers one message; returns normally when delivered (or handed to a gateway), throws when not.
     * A checked exception says the gateway did not take it (down, refused, not configured): the host
     * keeps the message and tries this notifier again later, without holding it against the plugin.
     * A runtime exception, or no return within the host's time limit, counts as the plugin's failure
     * towards its circuit breaker. The message's text must not appear in the exception.
     */
    void send(Message message) throws Exception;
}
