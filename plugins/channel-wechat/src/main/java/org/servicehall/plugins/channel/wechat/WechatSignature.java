package org.servicehall.plugins.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The platform's signature of a push: the SHA-1, as lower-case hex, of the token, the timestamp
 * and the nonce sorted lexicographically and concatenated. Checked in constant time.
 */
final class WechatSignature {

    private WechatSignature() {
    }

    /** The signature the platform sends for this token, timestamp and nonce. */
    static String sign(String token, String timestamp, String nonce) {
        return sha1OfSorted(token, timestamp, nonce);
    }

    /** WeChat's signature scheme: the parts sorted, joined, SHA-1 in hex (also the encrypted mode's msg_signature). */
    static String sha1OfSorted(String... given) {
        String[] parts = given.clone();
        Arrays.sort(parts);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            for (String part : parts) {
                sha1.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    /** Whether {@code signature} (hex, either case) is the signature of these values; in constant time. */
    static boolean verify(String token, String timestamp, String nonce, String signature) {
        if (token == null || timestamp == null || nonce == null || signature == null) {
            return false;
        }
        byte[] expected = sign(token, timestamp, nonce).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
