package org.servicehall.plugins.channel.faulty;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.servicehall.plugin.api.channel.ChannelRequest;

/**
 * How the channel's polls and deliveries behave, as its endpoint last set them, and how many polls
 * there were. A new start of the bundle starts quiet and delivering.
 */
final class Modes {

    private volatile String pollMode = "quiet";
    private volatile String deliverMode = "ok";
    private final AtomicLong polls = new AtomicLong();

    /** {@code poll?mode=quiet|throw|hang}; what it answers. */
    String setPollMode(ChannelRequest request) {
        pollMode = mode(request, Set.of("quiet", "throw", "hang"), pollMode);
        return pollMode + " after " + polls.get() + " polls";
    }

    /** {@code deliver?mode=ok|throw|hang}; what it answers. */
    String setDeliverMode(ChannelRequest request) {
        deliverMode = mode(request, Set.of("ok", "throw", "hang"), deliverMode);
        return deliverMode;
    }

    /** Counts a poll and tells how it is to behave. */
    String nextPoll() {
        polls.incrementAndGet();
        return pollMode;
    }

    String deliverMode() {
        return deliverMode;
    }

    private static String mode(ChannelRequest request, Set<String> modes, String current) {
        String wanted = request.queryParameter("mode").orElse(current);
        return modes.contains(wanted) ? wanted : current;
    }
}
