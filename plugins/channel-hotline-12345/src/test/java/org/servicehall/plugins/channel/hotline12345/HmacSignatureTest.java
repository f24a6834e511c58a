package org.servicehall.plugins.channel.hotline12345;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSignatureTest {

    private static final byte[] BODY = "{\"orderId\":\"W1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_signature_is_hmac_sha256_over_timestamp_newline_body_in_hex() {
        // openssl: printf '1700000000\n{"orderId":"W1"}' | openssl dgst -sha256 -hmac secret
        assertEquals("0b06f8d4d3727a5ed97e446917f2cc7711f3f4184aeb27f4a6cc34cb8ac96254",
                HmacSignature.sign("secret", "1700000000", BODY));
    }

    @Test
    void a_signature_verifies_in_either_case_and_only_for_its_timestamp_body_and_secret() {
        String signature = HmacSignature.sign("secret", "1700000000", BODY);
        assertTrue(HmacSignature.verify("secret", "1700000000", BODY, signature));
        assertTrue(HmacSignature.verify("secret", "1700000000", BODY, signature.toUpperCase()));
        assertFalse(HmacSignature.verify("secret", "1700000001", BODY, signature));
        assertFalse(HmacSignature.verify("other", "1700000000", BODY, signature));
        assertFalse(HmacSignature.verify("secret", "1700000000", "{}".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(HmacSignature.verify("secret", "1700000000", BODY, signature.substring(1)));
        assertFalse(HmacSignature.verify("secret", "1700000000", BODY, null));
    }
}
