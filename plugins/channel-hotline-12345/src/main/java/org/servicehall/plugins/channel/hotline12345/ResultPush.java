package org.servicehall.plugins.channel.hotline12345;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.StatusChange;

/** Sign-for, return and result POSTed to the platform's {@code push.url}, signed as the inbound requests are. */
final class ResultPush {

    /** The channel's logger: a push's lines read with the channel's. */
    private static final Logger LOG = Logger.getLogger(HotlineChannel.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    boolean deliver(StatusChange change, ChannelContext context) {
        String url = context.setting("push.url").orElse(null);
        String secret = context.setting("secret").orElse(null);
        if (url == null || url.isBlank() || secret == null || secret.isBlank()) {
            LOG.log(Level.WARNING, "12345: push.url or secret not configured; change {0} waits", change.changeId());
            return false;
        }
        byte[] body = HotlineJson.write(body(change)).getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(context.now().getEpochSecond());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip()))
                    .timeout(Duration.ofMillis(HotlineSettings.intSetting(context, "push.timeout.millis", 1500)))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(HotlineChannel.TIMESTAMP_HEADER, timestamp)
                    .header(HotlineChannel.SIGNATURE_HEADER, HmacSignature.sign(secret, timestamp, body))
                    .header(HotlineChannel.EVENT_HEADER, change.changeId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            LOG.log(Level.INFO, "12345: push of {0} answered {1}", new Object[] {change.changeId(), response.statusCode()});
            return false;
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "12345: push.url is not a valid URL");
            return false;
        } catch (IOException e) {
            LOG.log(Level.INFO, "12345: push of {0} failed: {1}", new Object[] {change.changeId(), e.toString()});
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The push body: event id, type, the work order, and what the type carries. */
    static JsonObject body(StatusChange change) {
        JsonObjectBuilder push = HotlineJson.object().add("eventId", change.changeId())
                .add("type", switch (change.kind()) {
                    case SIGNED_FOR -> "SIGN_FOR";
                    case RETURNED -> "RETURN";
                    case RESULT -> "RESULT";
                })
                .add("orderId", change.externalId())
                .add("trackingNumber", change.trackingNumber())
                .add("occurredAt", change.occurredAt().toString())
                .add("status", change.status());
        change.reason().ifPresent(reason -> push.add("reason", reason));
        if (change.kind() == StatusChange.Kind.RESULT) {
            JsonObjectBuilder result = HotlineJson.object();
            addOrNull(result, "finding", change.finding());
            addOrNull(result, "findingText", change.findingText());
            result.add("measures", HotlineJson.array(change.measures()));
            addOrNull(result, "feedback", change.feedback());
            push.add("result", result);
        }
        return push.build();
    }

    private static void addOrNull(JsonObjectBuilder object, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> object.add(name, v), () -> object.addNull(name));
    }
}
