package org.servicehall.plugins.channel.wechat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.parsson.JsonProviderImpl;

/**
 * The platform's customer-service message API (客服消息): a text to one follower, with an access
 * token fetched by app id and secret and kept until shortly before it expires. Per server: several
 * servers each fetch their own token, and a token one of them fetched may make another's expire
 * early; the platform then answers 40001/42001, the token is dropped and the delivery is retried.
 */
final class CustomerService {

    /** What a send came to. */
    enum Outcome {
        /** The platform accepted the message. */
        SENT,
        /** The platform will never accept it (follower gone, outside the 48-hour window, bad openid): do not retry. */
        UNDELIVERABLE,
        /** Not now (unreachable, busy, token trouble): retry later. */
        RETRY
    }

    private static final Logger LOG = Logger.getLogger(CustomerService.class.getName());
    /*
     * Parsson's provider by name rather than through Json.createX or JsonProvider.provider(): those
     * look the provider up through the thread's context class loader, which in the host is the
     * server's and finds the server's own JSON-P, whose classes are not this bundle's (a
     * ServiceConfigurationError "not a subtype"). The embedded implementation needs no lookup.
     */
    private static final JsonProvider JSON = new JsonProviderImpl();
    /** What may stand in the token we put into URLs. */
    private static final Pattern ACCESS_TOKEN = Pattern.compile("[A-Za-z0-9_\\-*.~]{1,512}");
    private static final int NO_ERRCODE = Integer.MIN_VALUE;
    private static final BigDecimal NINE_DIGITS = BigDecimal.valueOf(999_999_999);
    /** Errors that no retry cures: invalid openid, follower unsubscribed, outside the reply window, refused by the follower. */
    private static final Set<Integer> FINAL_ERRORS = Set.of(40003, 43004, 45015, 45047, 43019);
    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);

    private record Token(String appId, String value, Instant expires) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile Token token;

    /** Sends a text message to one follower. */
    Outcome sendText(String apiBase, String appId, String appSecret, String openid, String content, Instant now,
                     Duration timeout) {
        try {
            Optional<String> accessToken = accessToken(apiBase, appId, appSecret, now, timeout);
            if (accessToken.isEmpty()) {
                return Outcome.RETRY;
            }
            String json = JSON.createObjectBuilder().add("touser", openid).add("msgtype", "text")
                    .add("text", JSON.createObjectBuilder().add("content", content)).build().toString();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(base(apiBase) + "/cgi-bin/message/custom/send?access_token="
                                    + URLEncoder.encode(accessToken.get(), StandardCharsets.UTF_8)))
                    .timeout(timeout).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                LOG.log(Level.INFO, "wechat: the message API answered HTTP {0}", response.statusCode());
                return Outcome.RETRY;
            }
            int errcode = errcode(object(response.body()));
            if (errcode == NO_ERRCODE) {
                LOG.log(Level.INFO, "wechat: the message API answered without an errcode");
                return Outcome.RETRY;
            }
            if (errcode == 0) {
                return Outcome.SENT;
            }
            if (TOKEN_ERRORS.contains(errcode)) {
                token = null;
                LOG.log(Level.INFO, "wechat: the access token was refused ({0}); a new one is fetched next time", errcode);
                return Outcome.RETRY;
            }
            if (FINAL_ERRORS.contains(errcode)) {
                LOG.log(Level.INFO, "wechat: the message API refused a message for good (errcode {0})", errcode);
                return Outcome.UNDELIVERABLE;
            }
            LOG.log(Level.INFO, "wechat: the message API answered errcode {0}", errcode);
            return Outcome.RETRY;
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "wechat: api.base is not a valid URL");
            return Outcome.RETRY;
        } catch (IOException e) {
            LOG.log(Level.INFO, "wechat: the message API is unreachable: {0}", e.getClass().getSimpleName());
            return Outcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY;
        }
    }

    private Optional<String> accessToken(String apiBase, String appId, String appSecret, Instant now, Duration timeout)
            throws IOException, InterruptedException {
        Token cached = token;
        if (cached != null && cached.appId().equals(appId) && now.isBefore(cached.expires())) {
            return Optional.of(cached.value());
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(apiBase)
                        + "/cgi-bin/token?grant_type=client_credential&appid=" + URLEncoder.encode(appId, StandardCharsets.UTF_8)
                        + "&secret=" + URLEncoder.encode(appSecret, StandardCharsets.UTF_8)))
                .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject answer = object(response.body());
        String value = answer.get("access_token") instanceof JsonString s ? s.getString() : "";
        if (response.statusCode() / 100 != 2 || !ACCESS_TOKEN.matcher(value).matches()) {
            LOG.log(Level.INFO, "wechat: no access token (HTTP {0}, errcode {1})",
                    new Object[] {response.statusCode(), errcode(answer)});
            return Optional.empty();
        }
        long seconds = nineDigits(answer.get("expires_in")).filter(s -> s >= 0).orElse(7200);
        // renew five minutes early, and never keep a token for less than a minute's use
        token = new Token(appId, value, now.plusSeconds(Math.max(60, seconds - 300)));
        return Optional.of(value);
    }

    /** Forgets the token, e.g. when the app id or secret changed. */
    void forgetToken() {
        token = null;
    }

    private static String base(String apiBase) {
        String base = apiBase.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The platform's JSON answer; an answer that is not a JSON object counts as an empty one. */
    private static JsonObject object(String body) {
        try (JsonParser parser = JSON.createParser(new StringReader(body == null ? "" : body))) {
            parser.next();
            JsonValue value = parser.getValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException e) {
            // Parsson reports what is not JSON as JsonParsingException, a limit passed as another RuntimeException
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static int errcode(JsonObject answer) {
        return nineDigits(answer.get("errcode")).orElse(NO_ERRCODE);
    }

    /** A whole number of at most nine digits, as the platform writes its codes and lifetimes. */
    private static Optional<Integer> nineDigits(JsonValue value) {
        return value instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(NINE_DIGITS) <= 0
                ? Optional.of(n.intValue()) : Optional.empty();
    }
}
