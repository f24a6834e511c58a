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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WeChat API as the test plays it, on the port the build reserved: {@code /cgi-bin/token}
 * issues access tokens for the app id and secret the build configured, and
 * {@code /cgi-bin/message/custom/send} records the customer-service messages sent with a valid token.
 */
public final class FakeWechat implements AutoCloseable {

    public static final String APP_ID = "wx-it-app";
    public static final String APP_SECRET = "it-wechat-secret";

    /** One customer-service message as received: the token was one we issued, and the JSON body. */
    public record Message(boolean validToken, JsonObject body) {
        public String toUser() {
            return body.getString("touser");
        }

        public String content() {
            return body.getJsonObject("text").getString("content");
        }
    }

    private final HttpServer server;
    private final AtomicInteger tokens = new AtomicInteger();
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    private FakeWechat(HttpServer server) {
        this.server = server;
    }

    public static FakeWechat start() throws IOException {
        int port = Integer.parseInt(System.getProperty("servicehall.it.wechat.port"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        FakeWechat fake = new FakeWechat(server);
        server.createContext("/cgi-bin/token", fake::token);
        server.createContext("/cgi-bin/message/custom/send", fake::send);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return fake;
    }

    private void token(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        boolean right = query != null && query.contains("grant_type=client_credential")
                && query.contains("appid=" + APP_ID) && query.contains("secret=" + APP_SECRET);
        answer(exchange, right ? "{\"access_token\":\"IT-TOKEN-" + tokens.incrementAndGet() + "\",\"expires_in\":7200}"
                : "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
    }

    private void send(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        boolean valid = query != null && query.matches("access_token=IT-TOKEN-\\d+");
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))) {
            body = reader.readObject();
        }
        messages.add(new Message(valid, body));
        answer(exchange, valid ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] answer = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** The messages sent to one follower, in order. */
    public List<Message> to(String openid) {
        return messages.stream().filter(m -> openid.equals(m.toUser())).toList();
    }

    /** How many access tokens were issued. */
    public int tokensIssued() {
        return tokens.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
