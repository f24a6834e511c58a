package org.servicehall.plugins.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed pushes of the last timestamp window, by their timestamp and nonce, with a digest of
 * the body each carried. The plaintext signature covers only token, timestamp and nonce, so a
 * captured signed URL could carry another body: a second push with the same timestamp and nonce is
 * taken only with the same body (the platform's retry of the same message), never with another.
 * Memory is bounded: entries older than the window go first, and past {@link #MAX} the oldest.
 */
final class SeenPushes {

    static final int MAX = 50_000;

    private record Seen(byte[] digest, Instant at) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();

    /**
     * Remembers a push.
     *
     * @return false when the same timestamp and nonce came before with another body: a replay
     */
    synchronized boolean admit(String timestamp, String nonce, byte[] body, Instant now, Duration window) {
        Instant horizon = now.minus(window.multipliedBy(2));
        for (Iterator<Seen> oldest = seen.values().iterator(); oldest.hasNext(); ) {
            Seen next = oldest.next();
            if (next.at().isAfter(horizon) && seen.size() < MAX) {
                break;
            }
            oldest.remove();
        }
        String key = timestamp + '\n' + nonce;
        byte[] digest = sha256(body);
        Seen before = seen.get(key);
        if (before != null) {
            return MessageDigest.isEqual(before.digest(), digest);
        }
        seen.put(key, new Seen(digest, now));
        return true;
    }

    synchronized int size() {
        return seen.size();
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
