package org.servicehall.plugins.notify.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A cloud SMS gateway on a free local port, checking each SendSms request as the real one does:
 * the signature recomputed with the access key secret (written here from the API's documentation,
 * not with the plugin's code), then the parameters recorded. It can be made to fail with HTTP 500,
 * as during an outage.
 */
final class FakeCloudSmsGateway implements AutoCloseable {

    static final String ACCESS_KEY_ID = "LTAI-hall-test";
    static final String SECRET = "hall-test-secret";

    /** The parameters of every request the gateway accepted. */
    final List<Map<String, String>> accepted = new CopyOnWriteArrayList<>();
    volatile boolean down;
    /** When set, answered with HTTP 200 and this code (e.g. a business limit) instead of OK. */
    volatile String refuseWithCode;
    private final HttpServer server;

    FakeCloudSmsGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (down) {
            answer(exchange, 500, "<html>Service Unavailable</html>");
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())
                || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/x-www-form-urlencoded")) {
            answer(exchange, 400, "{\"Code\":\"InvalidRequest\",\"Message\":\"form POST expected\"}");
            return;
        }
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String signature = parameters.remove("Signature");
        if (!ACCESS_KEY_ID.equals(parameters.get("AccessKeyId")) || !expectedSignature(parameters).equals(signature)) {
            answer(exchange, 400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched with our calculation.\",\"RequestId\":\"R-1\"}");
            return;
        }
        if (refuseWithCode != null) {
            answer(exchange, 200, "{\"Code\":\"" + refuseWithCode + "\",\"Message\":\"触发小时级流控Permits:5\",\"RequestId\":\"R-2\"}");
            return;
        }
        accepted.add(parameters);
        answer(exchange, 200, "{\"Message\":\"OK\",\"RequestId\":\"R-3\",\"Code\":\"OK\",\"BizId\":\"9006197469364984^0\"}");
    }

    /** HMAC-SHA1 of POST&%2F&encode(sorted query), keyed with secret + "&", in Base64. */
    private static String expectedSignature(Map<String, String> parameters) {
        String query = new TreeMap<>(parameters).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(("POST&%2F&" + encode(query)).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
