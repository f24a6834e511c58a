package org.servicehall.plugins.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replies to the last messages, by sender and MsgId, for a while: the platform sends a message
 * again when the answer was late, and the retry must get the same answer, not the next step of an
 * exchange. (Filing needs no help here: the host files a MsgId once.)
 */
final class RecentReplies {

    static final Duration KEEP = Duration.ofSeconds(60);
    private static final int MAX = 10_000;

    private record Reply(String content, Instant at) {
    }

    private final Map<String, Reply> replies = new ConcurrentHashMap<>();

    Optional<String> find(String openid, String msgId, Instant now) {
        Reply reply = replies.get(key(openid, msgId));
        return reply == null || reply.at().plus(KEEP).isBefore(now) ? Optional.empty() : Optional.of(reply.content());
    }

    void remember(String openid, String msgId, String content, Instant now) {
        if (replies.size() >= MAX) {
            replies.values().removeIf(r -> r.at().plus(KEEP).isBefore(now));
            if (replies.size() >= MAX) {
                replies.clear();
            }
        }
        replies.put(key(openid, msgId), new Reply(content, now));
    }

    private static String key(String openid, String msgId) {
        return openid + '\n' + msgId;
    }
}
