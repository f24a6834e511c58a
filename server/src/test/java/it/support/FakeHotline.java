package it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The city's 12345 platform as the test plays it: it receives the pushes of the hotline plugin on
 * {@code /push}, checks their signature, and can be taken down (503) and brought back.
 */
public final class FakeHotline implements AutoCloseable {

    public static final String SECRET = "it-hotline-secret";

    /** One push as received: whether its signature was right, its event id and body. */
    public record Push(boolean signedCorrectly, String eventId, int answeredWith, JsonObject body) {
        public String type() {
            return body.getString("type");
        }
    }

    private final HttpServer server;
    private final List<Push> received = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private FakeHotline(HttpServer server) {
        this.server = server;
    }

    /** Starts on the port the build reserved for it (the server's push URL points there). */
    public static FakeHotline start() throws IOException {
        int port = Integer.parseInt(System.getProperty("servicehall.it.hotline.port"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        FakeHotline fake = new FakeHotline(server);
        server.createContext("/push", fake::push);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return fake;
    }

    private void push(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String timestamp = exchange.getRequestHeaders().getFirst("X-Hotline-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Hotline-Signature");
        boolean signed = timestamp != null && signature != null && MessageDigest.isEqual(
                sign(timestamp, body).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
        int status = down ? 503 : 200;
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            json = reader.readObject();
        }
        received.add(new Push(signed, exchange.getRequestHeaders().getFirst("X-Hotline-Event-Id"), status, json));
        byte[] answer = (status == 200 ? "{\"code\":\"0\",\"message\":\"ok\"}" : "{\"code\":\"DOWN\",\"message\":\"maintenance\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** HMAC-SHA256 of timestamp + "\n" + body with the shared secret, lower-case hex. */
    public static String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    /** Every push received so far, in order. */
    public List<Push> received() {
        return List.copyOf(received);
    }

    /** The pushes about one work order. */
    public List<Push> about(String orderId) {
        return received.stream().filter(p -> orderId.equals(p.body().getString("orderId", null))).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
