package it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.FakeHotline;
import it.support.FakeHotline.Push;
import it.support.FakeWechat;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 12345 hotline plugin on the real server, against a fake 12345 platform in this test: signed
 * work orders become complaints once, bad ones are refused in the hotline's format, sign-for and
 * results are pushed back signed, survive the platform's outage, and survive the plugin's removal.
 */
class HotlineChannelIT {

    private static final String WORK_ORDERS = "/api/v1/channels/hotline-12345/work-orders";
    private static final String BUNDLE = "servicehall-channel-hotline-12345.jar";
    private static FakeHotline platform;
    /** The WeChat API, for the control messages that show the channel job ran. */
    private static FakeWechat wechatApi;

    @BeforeAll
    static void serverAndPlatformAreUp() throws IOException {
        TestServer.awaitReady();
        platform = FakeHotline.start();
        wechatApi = FakeWechat.start();
        assertTrue(waitUntil(() -> send(WORK_ORDERS, "{}", "1", "x").status() != 404, Duration.ofSeconds(20)),
                "the hotline channel did not come up");
    }

    @AfterAll
    static void platformDown() {
        if (platform != null) {
            platform.close();
        }
        if (wechatApi != null) {
            wechatApi.close();
        }
    }

    @Test
    void a_signed_work_order_is_filed_once_with_its_channel_and_order_id() {
        String orderId = orderId();
        String order = order(orderId, "A01", "窗口人员态度恶劣，拒绝解释材料要求。");
        Reply first = signed(order);
        assertEquals(200, first.status(), first.body());
        assertEquals("0", first.json().getString("code"));
        JsonObject data = first.json().getJsonObject("data");
        String number = data.getString("trackingNumber");
        assertFalse(data.getBoolean("duplicate"));
        assertEquals("SERVICE_ATTITUDE", data.getString("category"));

        JsonObject stored = Staff.SUPERVISOR.view(number);
        assertEquals("HOTLINE_12345", stored.getString("channel"));
        assertEquals("hotline-12345", stored.getString("externalSource"));
        assertEquals(orderId, stored.getString("externalReference"));
        assertEquals("SERVICE_ATTITUDE", stored.getString("categoryCode"));
        assertTrue(stored.getString("description").contains("拒绝解释材料要求"));

        Reply again = signedAt(order, 1); // the hotline's retry: the same order, signed anew
        assertEquals(200, again.status(), again.body());
        assertEquals(number, again.json().getJsonObject("data").getString("trackingNumber"));
        assertTrue(again.json().getJsonObject("data").getBoolean("duplicate"));
    }

    /**
     * The same work order arriving twice at once (a hotline retrying while the first is still being
     * filed, or two servers behind the load balancer) is filed once: the database's unique external
     * reference lets one insert win, and the other answers with its number. A request whose filing
     * waited on the other past the adapter's time limit may answer 503, which the hotline retries;
     * the retry is told the order is filed. Pairs, not more: five time-outs in a row would open the
     * plugin's circuit.
     */
    @Test
    void the_same_work_order_sent_twice_at_once_is_filed_once() throws Exception {
        for (int round = 0; round < 3; round++) {
            String orderId = orderId();
            String token = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
            String order = order(orderId, "A01", token + " 同一工单并发重发：窗口人员推诿。");
            Set<String> numbers = new HashSet<>();
            int filed = 0;
            for (Reply reply : sentAtOnce(order, 2)) {
                assertTrue(reply.status() == 200 || reply.status() == 503, reply.body());
                if (reply.status() == 200) {
                    JsonObject data = reply.json().getJsonObject("data");
                    numbers.add(data.getString("trackingNumber"));
                    filed += data.getBoolean("duplicate") ? 0 : 1;
                }
            }
            Reply retry = signedAt(order, 2);
            assertEquals(200, retry.status(), retry.body());
            assertTrue(retry.json().getJsonObject("data").getBoolean("duplicate"), retry.body());
            numbers.add(retry.json().getJsonObject("data").getString("trackingNumber"));

            assertEquals(1, numbers.size(), "every answer names the one complaint: " + numbers);
            assertTrue(filed <= 1, filed + " requests were told they filed it");
            assertEquals(orderId, Staff.SUPERVISOR.view(numbers.iterator().next()).getString("externalReference"));
            Reply found = Staff.SUPERVISOR.get("/api/v1/queues/all?q=" + token);
            assertEquals(200, found.status(), found.body());
            assertEquals(1, found.json().getJsonNumber("total").longValue(), "complaints with the order's text: " + found.body());
        }
    }

    /** {@code order} on {@code count} requests released together, each signed at its own second (the same signature twice is a replay). */
    private static List<Reply> sentAtOnce(String order, int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long offset = i;
                sent.add(senders.submit(() -> {
                    start.await();
                    return signedAt(order, offset);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : sent) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void bad_signature_stale_timestamp_malformed_json_and_oversized_bodies_get_the_hotline_error_format() {
        String order = order(orderId(), "A02", "办件超时。");
        String now = TestServer.hallEpochSecond();
        assertRefused(send(WORK_ORDERS, order, now, "0".repeat(64)), 401, "BAD_SIGNATURE");
        String stale = Long.toString(Long.parseLong(now) - 301);
        assertRefused(send(WORK_ORDERS, order, stale, FakeHotline.sign(stale, bytes(order))), 401, "STALE_TIMESTAMP");
        assertRefused(send(WORK_ORDERS, order, "yesterday", "x"), 401, "UNAUTHORIZED");
        assertRefused(signed("{\"orderId\": \"GD-"), 400, "MALFORMED_JSON");
        assertRefused(signed("[1,2]"), 400, "MALFORMED_JSON");
        assertRefused(signed("{\"orderId\":\"" + orderId() + "\"}"), 400, "MISSING_FIELD");
        assertRefused(signed(order(orderId(), "A02", "长".repeat(40_000))), 413, "BODY_TOO_LARGE");
        assertRefused(signed("{\"orderId\":\"" + orderId() + "\",\"content\":\"x\",\"citizenPhone\":\"not a phone\"}"),
                422, "INVALID_FIELD");

        Reply replay = send(WORK_ORDERS, order, now, FakeHotline.sign(now, bytes(order)));
        assertEquals(200, replay.status(), replay.body());
        assertRefused(send(WORK_ORDERS, order, now, FakeHotline.sign(now, bytes(order))), 401, "REPLAYED");

        Reply beyondHost = send(WORK_ORDERS, "x".repeat(300_000), now, "x");
        assertEquals(413, beyondHost.status());
        assertFalse(beyondHost.body().contains("Exception"), beyondHost.body());
    }

    @Test
    void sign_for_and_the_result_are_pushed_back_signed_with_stable_event_ids() {
        String orderId = orderId();
        String number = file(orderId);
        JsonObject c = StaffWalk.toSignFor(number);
        Push signFor = awaitPush(orderId, "SIGN_FOR");
        assertTrue(signFor.signedCorrectly(), "the sign-for push carries a valid signature");
        assertEquals(number, signFor.body().getString("trackingNumber"));
        assertEquals("INVESTIGATING", signFor.body().getString("status"));
        assertEquals(signFor.eventId(), signFor.body().getString("eventId"));

        c = Staff.SUN_LI.step(c, "finding", Json.createObjectBuilder().add("outcome", "SUBSTANTIATED")
                .add("substantiatedParts", "未一次性告知材料要求").add("cause", "STAFF_ERROR").add("basis", "谈话笔录、监控"));
        c = Staff.SUN_LI.step(c, "plan", Json.createObjectBuilder().add("measures", "向投诉人道歉").add("responsible", "科长")
                .add("dueOn", TestServer.hallToday().plusDays(3).toString()));
        c = Staff.SUN_LI.step(c, "measures", Json.createObjectBuilder().add("kind", "APOLOGY").add("details", "电话道歉"));
        c = Staff.SUN_LI.step(c, "handling-completion");
        c = Staff.SUN_LI.step(c, "feedback", Json.createObjectBuilder().add("method", "PHONE")
                .add("content", "告知核实结果和处理措施").add("opinion", "表示满意").add("satisfaction", "SATISFIED")
                .add("appealRouteExplained", true));
        assertEquals("CLOSED", c.getString("status"));

        Push result = awaitPush(orderId, "RESULT");
        assertTrue(result.signedCorrectly());
        JsonObject outcome = result.body().getJsonObject("result");
        assertEquals("SUBSTANTIATED", outcome.getString("finding"));
        assertTrue(outcome.getString("findingText").contains("谈话笔录"));
        assertEquals(List.of("电话道歉"), outcome.getJsonArray("measures").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(outcome.getString("feedback").contains("告知核实结果"));
        assertNotEquals(signFor.eventId(), result.eventId());
        assertEquals(1, platform.about(orderId).stream().filter(p -> p.type().equals("SIGN_FOR")).count(),
                "an acknowledged push is not sent again");
    }

    @Test
    void pushes_refused_while_the_platform_is_down_arrive_after_it_comes_back() {
        String orderId = orderId();
        String number = file(orderId);
        platform.goDown();
        try {
            StaffWalk.toSignFor(number);
            assertTrue(waitUntil(() -> platform.about(orderId).stream().filter(p -> p.answeredWith() == 503).count() >= 2,
                    Duration.ofSeconds(20)), "the push was not retried while the platform was down");
        } finally {
            platform.comeBack();
        }
        Push delivered = awaitPush(orderId, "SIGN_FOR");
        List<Push> attempts = platform.about(orderId);
        assertTrue(attempts.stream().allMatch(p -> p.eventId().equals(delivered.eventId())),
                "every attempt carries the same event id");
        assertTrue(attempts.size() >= 3, "attempts: " + attempts.size());
    }

    @Test
    void a_removed_plugin_answers_404_filing_goes_on_and_its_waiting_pushes_arrive_after_reinstall() throws Exception {
        String orderId = orderId();
        String number = file(orderId);
        Path installed = TestServer.pluginsDir().resolve(BUNDLE);
        Path aside = Files.createTempDirectory("hotline-aside").resolve(BUNDLE);
        Files.move(installed, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            assertTrue(waitUntil(() -> signed(order(orderId(), "A01", "x")).status() == 404, Duration.ofSeconds(10)),
                    "the removed channel's endpoint still answers");
            Reply gone = signed(order(orderId(), "A01", "x"));
            assertTrue(gone.body().contains("channelUnknown"), gone.body());
            assertFalse(gone.body().contains("Exception"));
            Api.fileAnonymously("SERVICE_ATTITUDE", "渠道插件移除期间照常受理。");

            StaffWalk.toSignFor(number); // a change while the channel is absent: kept for it
            // The control: a WeChat complaint's sign-for, stored after the hotline's change. Once the
            // channel job has delivered it, a run came after the hotline's change and pushed nothing.
            String follower = WechatChannelIT.openid();
            String control = WechatChannelIT.trackingNumber(WechatChannelIT.field(WechatChannelIT.xml(WechatChannelIT.push(
                    WechatChannelIT.text(follower, "投诉 热线插件移除期间的对照投诉", WechatChannelIT.nextMsgId()))), "Content"));
            StaffWalk.toSignFor(control);
            assertTrue(waitUntil(() -> !wechatApi.to(follower).isEmpty(), Duration.ofSeconds(20)),
                    "the control change was never delivered");
            assertTrue(platform.about(orderId).isEmpty(), "nothing can be pushed without the plugin");
        } finally {
            Path partial = TestServer.pluginsDir().resolve(BUNDLE + ".part");
            Files.copy(aside, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, installed, StandardCopyOption.ATOMIC_MOVE);
        }
        assertTrue(waitUntil(() -> signed(order(orderId(), "A01", "重新安装后恢复。")).status() == 200, Duration.ofSeconds(20)),
                "the reinstalled channel does not answer");
        Push kept = awaitPush(orderId, "SIGN_FOR");
        assertTrue(kept.signedCorrectly());
        assertEquals(number, kept.body().getString("trackingNumber"));
    }

    static String file(String orderId) {
        Reply reply = signed(order(orderId, "A02", "营业执照变更办理超过承诺时限，多次电话无人接听。"));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("data").getString("trackingNumber");
    }

    private static Push awaitPush(String orderId, String type) {
        assertTrue(waitUntil(() -> platform.about(orderId).stream()
                        .anyMatch(p -> p.type().equals(type) && p.answeredWith() == 200), Duration.ofSeconds(20)),
                "no " + type + " push for " + orderId + "; received " + platform.about(orderId));
        return platform.about(orderId).stream().filter(p -> p.type().equals(type) && p.answeredWith() == 200)
                .findFirst().orElseThrow();
    }

    static String order(String orderId, String category, String content) {
        JsonObjectBuilder order = Json.createObjectBuilder().add("orderId", orderId).add("categoryCode", category)
                .add("title", "12345转办").add("content", content).add("citizenName", "李雷").add("citizenPhone", "13800138000")
                .add("address", "市民中心二楼");
        return order.build().toString();
    }

    static String orderId() {
        return "GD-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /**
     * Sends a work order as the 12345 platform does, which sends an order again, signed anew, when
     * it got no answer in time: here, when the server answered 503 because the plugin's call ran
     * out of its time limit, as a first registration on a cold, busy server can.
     */
    static Reply signed(String body) {
        Reply reply = signedAt(body, 0);
        for (int again = 1; again < 3 && reply.status() == 503; again++) {
            reply = signedAt(body, again);
        }
        return reply;
    }

    private static Reply signedAt(String body, long secondsFromNow) {
        String timestamp = Long.toString(Long.parseLong(TestServer.hallEpochSecond()) + secondsFromNow);
        return send(WORK_ORDERS, body, timestamp, FakeHotline.sign(timestamp, bytes(body)));
    }


    private static Reply send(String path, String body, String timestamp, String signature) {
        return Api.send(HttpRequest.newBuilder(TestServer.uri(path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Hotline-Timestamp", timestamp)
                .header("X-Hotline-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    private static void assertRefused(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals(code, reply.json().getString("code"), reply.body());
        assertFalse(reply.json().getString("message").isBlank());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean waitUntil(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(Duration.ofMillis(100));
        }
        return condition.getAsBoolean();
    }
}
