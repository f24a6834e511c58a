package org.servicehall.plugins.channel.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.channel.StatusChange;

/** Status changes sent to the follower through a fake WeChat API. */
class OutboundTest {

    private final FakeHall hall = new FakeHall();
    private final WechatChannel channel = new WechatChannel();
    private HttpServer api;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private volatile String sendAnswer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @BeforeEach
    void fakeApi() throws IOException {
        api = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        api.createContext("/cgi-bin/token", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            boolean right = query.contains("appid=wx-app") && query.contains("secret=app-secret")
                    && query.contains("grant_type=client_credential");
            answer(exchange, right ? "{\"access_token\":\"TOKEN-" + tokensIssued.incrementAndGet() + "\",\"expires_in\":7200}"
                    : "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
        });
        api.createContext("/cgi-bin/message/custom/send", exchange -> {
            sent.add(exchange.getRequestURI().getQuery() + " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            answer(exchange, sendAnswer);
        });
        api.start();
        hall.settings.put("api.base", "http://localhost:" + api.getAddress().getPort() + "/");
        hall.settings.put("appId", "wx-app");
        hall.settings.put("appSecret", "app-secret");
    }

    @AfterEach
    void stop() {
        api.stop(0);
    }

    @Test
    void changes_are_sent_to_the_follower_with_one_cached_token() {
        assertTrue(channel.statusChanges().contains(StatusChange.Kind.RESULT));
        assertTrue(channel.deliver(change("1", StatusChange.Kind.SIGNED_FOR, "42:oFollower\"x"), hall));
        assertTrue(channel.deliver(result("2", "42:oFollower\"x"), hall));
        assertEquals(1, tokensIssued.get());
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).startsWith("access_token=TOKEN-1 {\"touser\":\"oFollower\\\"x\",\"msgtype\":\"text\""), sent.get(0));
        assertTrue(sent.get(0).contains("TS-20260302-00001") && sent.get(0).contains("签收"), sent.get(0));
        assertTrue(sent.get(1).contains("已办结") && sent.get(1).contains("属实"), sent.get(1));
    }

    @Test
    void an_expired_token_is_fetched_again_and_the_change_retried() {
        sendAnswer = "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}";
        assertFalse(channel.deliver(result("3", "42:oF"), hall));
        sendAnswer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        assertTrue(channel.deliver(result("3", "42:oF"), hall));
        assertEquals(2, tokensIssued.get());
    }

    @Test
    void an_outage_is_retried_and_a_final_refusal_is_not() {
        sendAnswer = "{\"errcode\":-1,\"errmsg\":\"system error\"}";
        assertFalse(channel.deliver(result("4", "42:oF"), hall));
        sendAnswer = "<html>502 Bad Gateway</html>";
        assertFalse(channel.deliver(result("4", "42:oF"), hall), "an answer that is not JSON: try again");
        sendAnswer = "{\"errcode\":45015,\"errmsg\":\"response out of time limit\"}";
        assertTrue(channel.deliver(result("4", "42:oF"), hall), "outside the 48 hours: nothing a retry could change");
        api.stop(0);
        assertFalse(channel.deliver(result("5", "42:oF"), hall));
        hall.settings.put("appId", "wrong");
        assertFalse(channel.deliver(result("5", "42:oF"), hall));
    }

    @Test
    void without_an_app_id_nothing_is_sent_and_without_a_secret_the_change_waits() {
        hall.settings.remove("appSecret");
        assertFalse(channel.deliver(result("6", "42:oF"), hall));
        hall.settings.remove("appId");
        assertTrue(channel.deliver(result("6", "42:oF"), hall));
        assertTrue(channel.deliver(result("7", "42"), hall), "no openid: nobody to tell");
        assertTrue(sent.isEmpty());
        assertEquals(0, tokensIssued.get());
    }

    @Test
    void the_external_id_carries_the_openid_when_it_fits() {
        assertEquals("42:oAbc", ExternalIds.of("42", "oAbc"));
        assertEquals("oAbc", ExternalIds.openidOf("42:oAbc").orElseThrow());
        assertEquals("42", ExternalIds.of("42", "o".repeat(120)));
        assertTrue(ExternalIds.openidOf("42").isEmpty());
    }

    private static StatusChange change(String id, StatusChange.Kind kind, String externalId) {
        return StatusChange.builder("TS-20260302-00001-" + id, kind).complaint("TS-20260302-00001", externalId)
                .occurredAt(FakeHall.START).status("INVESTIGATING").build();
    }

    private static StatusChange result(String id, String externalId) {
        return StatusChange.builder("TS-20260302-00001-" + id, StatusChange.Kind.RESULT).complaint("TS-20260302-00001", externalId)
                .occurredAt(FakeHall.START).status("CLOSED").finding("SUBSTANTIATED", "属实").build();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
