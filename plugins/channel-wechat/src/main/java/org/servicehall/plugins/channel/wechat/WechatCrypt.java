package org.servicehall.plugins.channel.wechat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's encrypted (safe) mode, as its message encryption guide (WXBizMsgCrypt) describes
 * it: the message is AES-256-CBC encrypted with the key decoded from the 43-character
 * EncodingAESKey (IV = the key's first 16 bytes, PKCS#7 padding to 32-byte blocks) over 16 random
 * bytes, the message length (4 bytes, network order), the message and the AppID; the push carries
 * it as {@code Encrypt} with {@code msg_signature} = SHA-1 hex of token, timestamp, nonce and the
 * encrypted text sorted and joined. Unlike the plain signature, this one covers the message.
 */
final class WechatCrypt {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The encrypted message cannot be read with this key and AppID. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final byte[] key;
    private final String appId;

    /** @throws IllegalArgumentException when the EncodingAESKey is not 43 characters of base64 */
    WechatCrypt(String encodingAesKey, String appId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("EncodingAESKey must have 43 characters");
        }
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        this.appId = appId;
    }

    static String signature(String token, String timestamp, String nonce, String encrypted) {
        return WechatSignature.sha1OfSorted(token, timestamp, nonce, encrypted);
    }

    static boolean verify(String token, String timestamp, String nonce, String encrypted, String signature) {
        if (token == null || timestamp == null || nonce == null || encrypted == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(token, timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    String encrypt(String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = appId.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes(random);
        plain.writeBytes(ByteBuffer.allocate(4).putInt(text.length).array());
        plain.writeBytes(text);
        plain.writeBytes(id);
        int pad = BLOCK - plain.size() % BLOCK;
        for (int i = 0; i < pad; i++) {
            plain.write(pad);
        }
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE, plain.toByteArray()));
    }

    /** The message, after checking that it was encrypted for this account's AppID. */
    String decrypt(String encrypted) throws Refused {
        byte[] plain;
        try {
            byte[] sealed = Base64.getDecoder().decode(encrypted.strip());
            if (sealed.length == 0 || sealed.length % 16 != 0) {
                throw new Refused("Encrypt is not an AES block sequence");
            }
            plain = cipher(Cipher.DECRYPT_MODE, sealed);
        } catch (IllegalArgumentException e) {
            throw new Refused("Encrypt is not base64");
        }
        int pad = plain[plain.length - 1] & 0xFF;
        if (pad < 1 || pad > BLOCK || pad > plain.length - 20) {
            throw new Refused("bad padding");
        }
        int end = plain.length - pad;
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > end) {
            throw new Refused("bad length");
        }
        String from = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(from.getBytes(StandardCharsets.UTF_8), appId.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused("encrypted for another AppID");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] input) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
            return aes.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is part of every JRE", e);
        }
    }
}
