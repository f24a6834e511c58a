package org.servicehall.plugins.notify.wecom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.parsson.JsonProviderImpl;

/**
 * The two platforms' robot webhooks on a free local port, as strict as the real ones: the WeCom
 * robot wants its key, the DingTalk robot its access token and, when it has a signing secret, a
 * signature made within the hour (checked here independently of the notifier's code). A message
 * it takes is kept, parsed, for the test to read.
 */
final class FakeRobot {

    static final String KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
    static final String TOKEN = "dd7f0b6a5e3c4c1d";
    static final String SECRET = "SEC1f2e3d4c5b6a79880a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f";

    final List<JsonObject> posted = new CopyOnWriteArrayList<>();
    /** Set to make the next answers an error: the platform's JSON, or a status other than 200. */
    volatile String answer = null;
    volatile int status = 200;
    volatile String dingTalkSecret = null;

    private HttpServer server;

    FakeRobot() throws IOException {
        start(0);
    }

    void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/cgi-bin/webhook/send", exchange -> take(exchange,
                KEY.equals(query(exchange).get("key")) ? null : "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));
        server.createContext("/robot/send", exchange -> take(exchange, dingTalkRefusal(query(exchange))));
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String wecomUrl() {
        return "http://127.0.0.1:" + port() + "/cgi-bin/webhook/send?key=" + KEY;
    }

    String dingTalkUrl() {
        return "http://127.0.0.1:" + port() + "/robot/send?access_token=" + TOKEN;
    }

    private String dingTalkRefusal(Map<String, String> query) {
        if (!TOKEN.equals(query.get("access_token"))) {
            return "{\"errcode\":300001,\"errmsg\":\"token is not exist\"}";
        }
        if (dingTalkSecret == null) {
            return null;
        }
        String timestamp = query.get("timestamp");
        String sign = query.get("sign");
        if (timestamp == null || sign == null) {
            return "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
        }
        Instant at = Instant.ofEpochMilli(Long.parseLong(timestamp));
        if (Duration.between(at, HallContext.NOW).abs().compareTo(Duration.ofHours(1)) > 0) {
            return "{\"errcode\":310000,\"errmsg\":\"timestamp expired\"}";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dingTalkSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "\n" + dingTalkSecret).getBytes(StandardCharsets.UTF_8));
            // the query map holds the decoded value: the Base64 of the signature
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(sign)) ? null
                    : "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
        } catch (Exception e) {
            return "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
        }
    }

    private void take(HttpExchange exchange, String refusal) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String reply = refusal;
        if (reply == null && answer != null) {
            reply = answer;
        }
        if (reply == null && status == 200) {
            if (!"POST".equals(exchange.getRequestMethod())
                    || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")) {
                reply = "{\"errcode\":40008,\"errmsg\":\"invalid message type\"}";
            } else {
                posted.add(new JsonProviderImpl().createReader(new StringReader(body)).readObject());
                reply = "{\"errcode\":0,\"errmsg\":\"ok\"}";
            }
        }
        byte[] bytes = (reply == null ? "<html>bad gateway</html>" : reply).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(refusal == null ? status : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
