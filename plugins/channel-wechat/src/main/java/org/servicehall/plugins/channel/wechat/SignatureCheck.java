package org.servicehall.plugins.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;

/** The query signature every push carries: present, valid for the token, and recent. */
final class SignatureCheck {

    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final int QUERY_VALUE_MAX = 256;

    private SignatureCheck() {
    }

    /** Why the query's signature is not accepted; null when it is. */
    static String refusal(ChannelRequest request, ChannelContext context, Settings settings) {
        String signature = bounded(request.queryParameter("signature"));
        String timestamp = bounded(request.queryParameter("timestamp"));
        String nonce = bounded(request.queryParameter("nonce"));
        if (signature == null || timestamp == null || nonce == null || !TIMESTAMP.matcher(timestamp).matches()) {
            return "missing signature";
        }
        if (!WechatSignature.verify(settings.token(), timestamp, nonce, signature)) {
            return "invalid signature";
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, context.now()).abs().compareTo(settings.timestampTolerance()) > 0) {
            return "stale timestamp";
        }
        return null;
    }

    static String bounded(Optional<String> value) {
        return value.filter(v -> !v.isEmpty() && v.length() <= QUERY_VALUE_MAX).orElse(null);
    }
}
