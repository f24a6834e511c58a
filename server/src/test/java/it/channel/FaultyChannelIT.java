package it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.Await;
import it.support.FakeHotline;
import it.support.Plugins;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A channel plugin that misbehaves (the test bundle faulty-sample-channel, told over its own
 * endpoint to throw or hang in handle, poll or deliver) on the real server: its callers get the
 * host's 503, the breaker stops it after five failures of a kind in a row, IT sees why in the
 * plugin report and gets a message, and meanwhile the hotline pushes, the REST filing and the
 * category list go on as if nothing happened.
 */
class FaultyChannelIT {

    private static final String BUNDLE = "servicehall-faulty-sample-channel.jar";
    private static final String PLUGIN = "org.servicehall.plugins.channel.faulty";
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private static FakeHotline hotline;

    @BeforeAll
    static void serverAndHotlineAreUp() throws IOException {
        TestServer.awaitReady();
        hotline = FakeHotline.start();
    }

    @AfterAll
    static void hotlineDown() {
        if (hotline != null) {
            hotline.close();
        }
    }

    /** A fresh start of the faulty channel for each test: quiet polls, working deliveries, a closed circuit. */
    @BeforeEach
    void installTheFaultyChannel() throws IOException {
        Plugins.dropTestBundle(BUNDLE);
        Await.until(() -> channel("GET", "ok").status() == 200, LIMIT, () -> "the faulty channel did not come up");
        Plugins.await(PLUGIN, p -> "ACTIVE".equals(p.getString("state")) && !p.getBoolean("circuitOpen"), LIMIT,
                "is not active with a closed circuit");
    }

    @AfterEach
    void removeTheFaultyChannel() throws IOException {
        Plugins.removeTestBundle(BUNDLE, PLUGIN);
        Plugins.awaitGone(PLUGIN, LIMIT);
    }

    @Test
    void a_handle_that_throws_or_hangs_answers_503_until_the_breaker_stops_the_plugin_and_it_is_told() {
        Reply thrown = channel("POST", "throw");
        assertUnavailable(thrown);
        assertUnavailable(channel("POST", "hang")); // cut off at the call limit, counted like a throw
        for (int i = 0; i < 3; i++) {
            assertUnavailable(channel("POST", "throw"));
        }

        JsonObject stopped = Plugins.await(PLUGIN, Plugins::stoppedByTheBreaker, LIMIT,
                "was not stopped after five failed requests in a row");
        assertTrue(stopped.getJsonNumber("failures").longValue() >= 5, stopped.toString());
        assertTrue(stopped.getString("lastError").contains("ChannelAdapter.handle faulty"), stopped.getString("lastError"));
        assertUnavailable(channel("GET", "ok"));
        assertTrue(itWasToldAbout(PLUGIN), "IT gets a message in the outbox when a plugin is stopped");
        theRestOfTheHallGoesOn();
    }

    @Test
    void a_deliver_that_throws_is_stopped_by_the_breaker_while_other_channels_deliver_and_nothing_is_lost() {
        String number = fileThroughTheFaultyChannel("故障渠道转来的投诉：窗口无人。");
        assertEquals("throw", channel("POST", "deliver?mode=throw").body());
        StaffWalk.toSignFor(number);

        // the control: a hotline complaint signed for after it is pushed while the faulty one fails
        String orderId = HotlineChannelIT.orderId();
        StaffWalk.toSignFor(HotlineChannelIT.file(orderId));
        Await.until(() -> hotline.about(orderId).stream().anyMatch(p -> p.type().equals("SIGN_FOR") && p.answeredWith() == 200),
                LIMIT, () -> "the hotline's push did not go out beside the failing channel: " + hotline.about(orderId));

        JsonObject stopped = Plugins.await(PLUGIN, Plugins::stoppedByTheBreaker, Duration.ofSeconds(60),
                "was not stopped after its deliveries failed five times in a row");
        assertTrue(stopped.getString("lastError").contains("ChannelAdapter.deliver faulty"), stopped.getString("lastError"));
        theRestOfTheHallGoesOn();

        // started again by IT (deliveries work after a fresh start), it gets the change kept for it
        Reply started = Staff.ADMIN.postBytes("/api/v1/plugins/" + PLUGIN + "/start", new byte[0], "application/json");
        assertEquals(200, started.status(), started.body());
        Await.until(() -> channel("GET", "delivered").body().contains(number), LIMIT,
                () -> "the kept sign-for of " + number + " never reached the restarted channel");
    }

    @Test
    void a_poll_that_hangs_holds_up_no_other_channel_and_is_cut_off_at_its_limit() {
        assertTrue(channel("POST", "poll?mode=hang").body().startsWith("hang"));
        // the control: while the poll hangs, the hotline's push goes out
        String orderId = HotlineChannelIT.orderId();
        StaffWalk.toSignFor(HotlineChannelIT.file(orderId));
        Await.until(() -> hotline.about(orderId).stream().anyMatch(p -> p.type().equals("SIGN_FOR") && p.answeredWith() == 200),
                Duration.ofSeconds(20), () -> "the hotline's push waited behind the hanging poll: " + hotline.about(orderId));

        JsonObject cut = Plugins.await(PLUGIN, p -> p.getString("lastError", "").contains("ChannelAdapter.poll faulty did not answer"),
                Duration.ofSeconds(60), "has no poll cut off at its limit");
        assertTrue(cut.getJsonNumber("failures").longValue() >= 1, cut.toString());
        assertEquals("ACTIVE", cut.getString("state"), "one slow poll is no reason to stop a plugin");
        theRestOfTheHallGoesOn();
    }

    @Test
    void a_poll_that_throws_every_time_is_stopped_by_the_breaker() {
        assertTrue(channel("POST", "poll?mode=throw").body().startsWith("throw"));
        JsonObject stopped = Plugins.await(PLUGIN, Plugins::stoppedByTheBreaker, LIMIT,
                "was not stopped after five polls in a row threw");
        assertTrue(stopped.getString("lastError").contains("ChannelAdapter.poll faulty threw"), stopped.getString("lastError"));
        theRestOfTheHallGoesOn();
    }

    // ------------------------------------------------------------------ helpers

    /** Filing over REST and over the hotline, and the category list, work as ever. */
    private static void theRestOfTheHallGoesOn() {
        assertTrue(Api.fileAnonymously("SERVICE_ATTITUDE", "渠道插件故障时照常受理。").startsWith("TS-"));
        String number = HotlineChannelIT.file(HotlineChannelIT.orderId());
        assertEquals("HOTLINE_12345", Staff.SUPERVISOR.view(number).getString("channel"));
        assertTrue(Plugins.offered("SERVICE_ATTITUDE"), "the category list is there");
    }

    private static void assertUnavailable(Reply reply) {
        assertEquals(503, reply.status(), reply.body());
        assertEquals("urn:servicehall:problem:channelUnavailable", reply.json().getString("type"), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("faulty channel:"),
                "nothing of the plugin's failure reaches its caller: " + reply.body());
    }

    private static boolean itWasToldAbout(String plugin) {
        Reply outbox = Staff.ADMIN.get("/api/v1/outbox");
        assertEquals(200, outbox.status(), outbox.body());
        return outbox.jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> "ADMIN".equals(m.getString("recipientId")) && m.getString("bodyEn").contains(plugin));
    }

    /**
     * Files a complaint through the faulty channel (while it behaves). A registration that takes
     * the channel longer than its call limit is cut off for the channel but finished by the host,
     * so it is asked again under the same external id, which files nothing new.
     */
    private static String fileThroughTheFaultyChannel(String text) {
        String ref = java.util.UUID.randomUUID().toString();
        return Await.value(() -> {
            Reply filed = channel("POST", "file?ref=" + ref, text);
            return filed.status() == 200 ? java.util.Optional.of(filed.body()) : java.util.Optional.empty();
        }, LIMIT, () -> "the faulty channel filed nothing for " + ref);
    }

    private static Reply channel(String method, String pathAndQuery) {
        return channel(method, pathAndQuery, "");
    }

    private static Reply channel(String method, String pathAndQuery, String body) {
        return Api.send(HttpRequest.newBuilder(TestServer.uri("/api/v1/channels/faulty/" + pathAndQuery))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
