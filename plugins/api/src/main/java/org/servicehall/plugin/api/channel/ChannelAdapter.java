package org.servicehall.plugin.api.channel;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * One channel integration, registered by a plugin as an OSGi service. Every method is called by
 * the host on its own threads with a time limit (2 s by default); a method that throws or hangs
 * counts as a failure of the plugin, and a plugin that keeps failing is stopped.
 *
 * <p><b>Inbound over HTTP.</b> The host mounts {@link #handle} at
 * {@code /api/v1/channels/<id>/<path>} for every HTTP method. The container does not
 * authenticate these requests: the adapter authenticates its counterpart itself (a signature, a
 * token) and answers in the counterpart's own format. The host bounds the body's size; it answers
 * 404 when no adapter has this id and 503 when the adapter's plugin is failing or stopped.
 *
 * <p><b>Inbound by polling.</b> When {@link #pollInterval()} is present the host calls
 * {@link #poll} that often (on one server at a time when several share a database). A poll has
 * its own time limit ({@code servicehall.plugins.poll.timeout.millis}, 30 s by default), longer
 * than a request's; one that takes longer is cancelled and counts as a failure of the plugin.
 *
 * <p><b>Outbound.</b> Every status change in {@link #statusChanges()} of a complaint that came in
 * through this channel is kept in the host's durable outbox and handed to {@link #deliver} until
 * it returns {@code true}, with exponential backoff between attempts, across restarts and while
 * the plugin is absent. Delivery is at least once: {@link StatusChange#changeId()} is stable, for
 * the receiver's idempotency.
 */
@ConsumerType
public interface ChannelAdapter {

    /** Service property naming the channel, same value as {@link #id()}. */
    String PROPERTY_CHANNEL_ID = "servicehall.channel.id";

    /** The pattern every {@link #id()} must match: lower case, digits, dots and dashes, 2 to 60 characters. */
    String ID_PATTERN = "[a-z0-9][a-z0-9.-]{1,59}";

    /** The pattern every {@link #channelCode()} must match, e.g. {@code HOTLINE_12345}. */
    String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    /**
     * The largest request body the host hands to {@link #handle}, in bytes, unless the setting
     * {@code servicehall.channel.<id>.max.body.bytes} says otherwise; larger bodies get 413.
     */
    int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    /** A stable id: the path segment of the endpoint, the prefix of the settings, recorded with each complaint. */
    String id();

    /** The channel's name as staff see it. */
    LocalizedText label();

    /** The channel code recorded with every complaint from this channel, e.g. {@code HOTLINE_12345}. */
    String channelCode();

    /**
     * Answers one HTTP request to {@code /api/v1/channels/<id>/...}. Never throw for bad input:
     * answer it in the counterpart's error format. The default answers 404.
     */
    default ChannelResponse handle(ChannelRequest request, ChannelContext context) throws Exception {
        return ChannelResponse.text(404, "not found");
    }

    /**
     * Answers a request whose body is larger than the host reads for this channel
     * ({@code limitBytes}), in the counterpart's own error format; the request carries no body.
     * Empty (the default): the host answers 413 with its own problem body.
     *
     * @since 1.2
     */
    default Optional<ChannelResponse> bodyTooLarge(ChannelRequest request, int limitBytes) {
        return Optional.empty();
    }

    /** How often the host calls {@link #poll}; empty (the default): never. At least one second. */
    default Optional<Duration> pollInterval() {
        return Optional.empty();
    }

    /** Fetches what waits at the counterpart and registers it; called on the host's schedule. */
    default void poll(ChannelContext context) throws Exception {
    }

    /** The kinds of status change this channel reports back; empty (the default): none. */
    default Set<StatusChange.Kind> statusChanges() {
        return Set.of();
    }

    /**
     * Reports one status change to the counterpart. Return {@code true} once the counterpart
     * acknowledged it, {@code false} when it did not (unreachable, refused): the host tries again
     * later. Throwing counts as a failure of the plugin, so an outage of the counterpart should
     * return {@code false}, not throw.
     */
    default boolean deliver(StatusChange change, ChannelContext context) throws Exception {
        return true;
    }
}
