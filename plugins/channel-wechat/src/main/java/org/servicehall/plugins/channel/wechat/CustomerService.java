package org.servicehall.plugins.channel.wechat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([A-Za-z0-9_\\-*.~]{1,512})\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d{1,9})");
    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d{1,9})");
    /** Errors that no retry cures: invalid openid, follower unsubscribed, outside the reply window, refused by the follower. */
    private static final java.util.Set<Integer> FINAL_ERRORS = java.util.Set.of(40003, 43004, 45015, 45047, 43019);
    private static final java.util.Set<Integer> TOKEN_ERRORS = java.util.Set.of(40001, 40014, 42001);

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
            StringBuilder json = new StringBuilder("{\"touser\":");
            quote(openid, json);
            json.append(",\"msgtype\":\"text\",\"text\":{\"content\":");
            quote(content, json);
            json.append("}}");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(base(apiBase) + "/cgi-bin/message/custom/send?access_token="
                                    + URLEncoder.encode(accessToken.get(), StandardCharsets.UTF_8)))
                    .timeout(timeout).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                LOG.log(Level.INFO, "wechat: the message API answered HTTP {0}", response.statusCode());
                return Outcome.RETRY;
            }
            int errcode = errcode(response.body());
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
        Matcher value = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() / 100 != 2 || !value.find()) {
            LOG.log(Level.INFO, "wechat: no access token (HTTP {0}, errcode {1})",
                    new Object[] {response.statusCode(), errcode(response.body())});
            return Optional.empty();
        }
        Matcher expiresIn = EXPIRES_IN.matcher(response.body());
        long seconds = expiresIn.find() ? Long.parseLong(expiresIn.group(1)) : 7200;
        // renew five minutes early, and never keep a token for less than a minute's use
        token = new Token(appId, value.group(1), now.plusSeconds(Math.max(60, seconds - 300)));
        return Optional.of(value.group(1));
    }

    /** Forgets the token, e.g. when the app id or secret changed. */
    void forgetToken() {
        token = null;
    }

    private static String base(String apiBase) {
        String base = apiBase.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static final int NO_ERRCODE = Integer.MIN_VALUE;

    private static int errcode(String body) {
        Matcher m = ERRCODE.matcher(body == null ? "" : body);
        return m.find() ? Integer.parseInt(m.group(1)) : NO_ERRCODE;
    }

    /** A JSON string. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
