package org.servicehall.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP endpoints channel plugins offer under {@code /api/v1/channels/<id>/}: a request is
 * handed to the channel's adapter as it came, and its answer goes back as it was given.
 */
public interface ChannelEndpoints {

    /**
     * One request as received; the body complete and within {@link #maxBodyBytes}.
     *
     * @param endpointUri the absolute URI of {@code /api/v1/channels/<id>/} as the client reached it
     */
    record Call(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
                byte[] body, String remoteAddress, String endpointUri) {
    }

    /** What became of a call. */
    sealed interface Outcome {
        /** The adapter answered. */
        record Answered(int status, String contentType, Map<String, String> headers, byte[] body) implements Outcome {
        }

        /** No channel has this id (never installed, or removed). */
        record Unknown() implements Outcome {
        }

        /** The channel's plugin is installed but failing, stopped, or not started yet. */
        record Unavailable() implements Outcome {
        }

        /**
         * The channel runs but lacks settings it cannot work without (e.g. its shared secret): it
         * stays closed until IT sets them.
         *
         * @param missing the keys of the missing settings, for the log and the admin screen
         */
        record NotConfigured(List<String> missing) implements Outcome {
        }
    }

    Outcome handle(String channelId, Call call);

    /**
     * The channel's own answer to a call whose body was larger than {@link #maxBodyBytes} (the call
     * carries no body); empty when the channel has none, and the host answers 413 itself.
     */
    Optional<Outcome.Answered> tooLarge(String channelId, Call call, int limitBytes);

    /** Whether a channel can take requests now. */
    enum Availability {
        /** Its adapter is registered and its plugin healthy. */
        AVAILABLE,
        /** Its plugin is installed but stopped, failing, or not started yet. */
        UNAVAILABLE,
        /** No channel has this id (never installed, or removed). */
        UNKNOWN
    }

    Availability availability(String channelId);

    /**
     * A setting of a registered channel as its plugin would read it: the value IT set on the admin
     * screen, else the server's configuration, else the default the plugin declares; empty when
     * the channel is not registered or declares no such setting.
     */
    Optional<String> setting(String channelId, String key);

    /** The largest request body read for this channel, in bytes. */
    int maxBodyBytes(String channelId);
}
