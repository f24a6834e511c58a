package org.servicehall.plugin.api.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the host offers notifiers, registered by the host as an OSGi service once the plugin
 * framework runs: a notifier component references it ({@code @Reference NotifierContext}) to read
 * its settings and to report what its gateway tells it afterwards. Each method returns quickly
 * and commits before it returns.
 *
 * @since 1.1
 */
@ProviderType
public interface NotifierContext {

    /** The hall's clock. */
    Instant now();

    /** The hall's time zone (quiet hours and the texts' times are in it). */
    ZoneId zone();

    /**
     * A setting of a notifier, configured by IT on the plugin screen or as {@code
     * servicehall.notifier.<notifierId>.<key>} in the server's configuration; empty while neither
     * has a value (the plugin then uses its declared default).
     */
    Optional<String> setting(String notifierId, String key);

    /**
     * Records what a gateway reported later about a message this notifier sent (an SMPP delivery
     * receipt, a webhook's answer): shown on the case screen next to the message.
     *
     * @param messageId the {@link Message#id()} the notifier sent
     * @param delivered true when the gateway says it reached the recipient, false when it says it
     *                  never will
     * @param detail    the gateway's short state, e.g. {@code DELIVRD}, {@code UNDELIV}; no message text
     * @return whether a message with this id was sent by this notifier
     */
    boolean deliveryReport(String notifierId, long messageId, boolean delivered, String detail);

    /**
     * A complainant asked to be told no more (replied {@code TD} or {@code STOP}): withdraws the
     * consent of every complaint filed with this phone number or e-mail address, so no further
     * message reaches them; messages already waiting are not sent.
     *
     * @return how many complaints had consent that is now withdrawn
     */
    int withdrawConsent(String phoneOrEmail);
}
