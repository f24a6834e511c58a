package org.servicehall.plugins.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guided exchanges in progress, per follower (openid), in memory: each one ends when it files,
 * is cancelled, or has seen no message for the timeout. Lost when the server restarts; with several
 * servers a follower whose messages reach another server starts again.
 */
final class Conversations {

    /** At most this many exchanges are kept; beyond it, expired ones are dropped and new ones refused. */
    static final int MAX = 10_000;

    /** Where a follower is in the exchange. */
    enum Step {
        /** The numbered list of categories was sent; a number is expected. */
        CHOOSE_CATEGORY,
        /** A category was chosen; the description is expected. */
        DESCRIBE
    }

    record State(Step step, String categoryCode, String categoryLabel, Instant lastSeen) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** The follower's exchange, unless there is none or it timed out (then it is forgotten). */
    Optional<State> current(String openid, Instant now, Duration timeout) {
        State state = states.get(openid);
        if (state == null) {
            return Optional.empty();
        }
        if (state.lastSeen().plus(timeout).isBefore(now)) {
            states.remove(openid, state);
            return Optional.empty();
        }
        return Optional.of(state);
    }

    /** @return false when too many exchanges are open */
    boolean put(String openid, State state, Duration timeout) {
        if (states.size() >= MAX && !states.containsKey(openid)) {
            states.values().removeIf(s -> s.lastSeen().plus(timeout).isBefore(state.lastSeen()));
            if (states.size() >= MAX) {
                return false;
            }
        }
        states.put(openid, state);
        return true;
    }

    void end(String openid) {
        states.remove(openid);
    }

    int size() {
        return states.size();
    }
}
