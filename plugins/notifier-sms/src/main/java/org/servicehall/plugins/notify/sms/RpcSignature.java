package org.servicehall.plugins.notify.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature of Alibaba Cloud's RPC-style APIs, version 1.0 (SendSms among them):
 * HMAC-SHA1, keyed with the access key secret followed by {@code &}, over
 * {@code METHOD&%2F&percentEncode(canonical query)}, where the canonical query is every parameter
 * but the signature, sorted by name, each name and value percent-encoded (RFC 3986: space as
 * {@code %20}, {@code *} as {@code %2A}, {@code ~} kept) and joined by {@code &}; the signature is
 * the Base64 of the MAC. Chosen over the newer ACS3-HMAC-SHA256 because this is the form the SMS
 * API's own documentation describes and that compatible gateways accept.
 */
final class RpcSignature {

    private RpcSignature() {
    }

    /** The sorted, encoded parameters, as they are signed and sent. */
    static String canonicalQuery(SortedMap<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The Base64 signature of the request with these parameters (without a Signature parameter). */
    static String sign(String method, SortedMap<String, String> parameters, String accessKeySecret) {
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /** RFC 3986 percent-encoding of UTF-8, as the signature wants it. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** The form body of a signed request: the signature first, then the canonical query. */
    static String formBody(SortedMap<String, String> parameters, String signature) {
        return "Signature=" + percentEncode(signature) + "&" + canonicalQuery(parameters);
    }
}
