package org.servicehall.plugins.channel.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WechatSignatureTest {

    @Test
    void the_signature_is_sha1_of_the_sorted_concatenation() throws Exception {
        // digits sort before letters: "1409304348" < "token" < "xxxxxx"
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest("1409304348tokenxxxxxx".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, WechatSignature.sign("token", "1409304348", "xxxxxx"));
        assertEquals(WechatSignature.sign("token", "1409304348", "xxxxxx"), WechatSignature.sign("token", "1409304348", "xxxxxx"));
        // the order of the arguments does not matter, only their sorted order
        assertEquals(WechatSignature.sign("b", "a", "c"), WechatSignature.sign("c", "b", "a"));
    }

    @Test
    void verify_accepts_either_case_and_refuses_anything_else() {
        String signature = WechatSignature.sign("it-token", "1700000000", "nonce1");
        assertTrue(WechatSignature.verify("it-token", "1700000000", "nonce1", signature));
        assertTrue(WechatSignature.verify("it-token", "1700000000", "nonce1", signature.toUpperCase()));
        assertFalse(WechatSignature.verify("other", "1700000000", "nonce1", signature));
        assertFalse(WechatSignature.verify("it-token", "1700000001", "nonce1", signature));
        assertFalse(WechatSignature.verify("it-token", "1700000000", "nonce1", signature.substring(1)));
        assertFalse(WechatSignature.verify("it-token", "1700000000", "nonce1", null));
        assertFalse(WechatSignature.verify("it-token", "1700000000", "nonce1", "签名"));
    }
}
