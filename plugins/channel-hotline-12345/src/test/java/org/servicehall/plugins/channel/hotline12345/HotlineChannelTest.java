package org.servicehall.plugins.channel.hotline12345;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.channel.CaseQuery;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.channel.StatusChange;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

class HotlineChannelTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private final FakeHall hall = new FakeHall();
    private final HotlineChannel channel = new HotlineChannel();

    @Test
    void without_its_shared_secret_the_channel_is_not_configured() {
        // the host keeps the channel closed (503 NOT_CONFIGURED) while these have no value
        assertEquals(List.of("secret"), channel.settings().stream()
                .filter(SettingSpec::required)
                .map(SettingSpec::key).toList());
    }

    @Test
    void a_signed_work_order_is_registered_under_its_mapped_category_once() throws Exception {
        String order = "{\"orderId\":\"GD-1\",\"categoryCode\":\"A02\",\"title\":\"办件超时\",\"content\":\"营业执照迟迟未办好\","
                + "\"citizenName\":\"李雷\",\"citizenPhone\":\"13800138000\"}";
        ChannelResponse first = channel.handle(signed(order, NOW), hall);
        assertEquals(200, first.status(), text(first));
        JsonObject data = HotlineJson.parse(text(first)).asJsonObject().getJsonObject("data");
        assertEquals("T-1", data.getString("trackingNumber"));
        assertEquals(false, data.getBoolean("duplicate"));
        Registration filed = hall.registrations.get(0);
        assertEquals("BUSINESS_HANDLING", filed.categoryCode());
        assertEquals("办件超时\n营业执照迟迟未办好", filed.description());

        ChannelResponse again = channel.handle(signed(order, NOW.plusSeconds(1)), hall);
        JsonObject repeated = HotlineJson.parse(text(again)).asJsonObject().getJsonObject("data");
        assertEquals("T-1", repeated.getString("trackingNumber"));
        assertEquals(true, repeated.getBoolean("duplicate"));
    }

    @Test
    void bad_signature_stale_timestamp_replay_malformed_json_and_size_are_refused_in_the_hotline_format() throws Exception {
        String order = "{\"orderId\":\"GD-2\",\"content\":\"x\"}";
        ChannelRequest good = signed(order, NOW);
        assertEquals("BAD_SIGNATURE", refusal(channel.handle(request(order, good.header(HotlineChannel.TIMESTAMP_HEADER).get(),
                "00" + good.header(HotlineChannel.SIGNATURE_HEADER).get().substring(2)), hall), 401));
        assertEquals("STALE_TIMESTAMP", refusal(channel.handle(signed(order, NOW.minusSeconds(301)), hall), 401));
        assertEquals(200, channel.handle(good, hall).status());
        assertEquals("REPLAYED", refusal(channel.handle(good, hall), 401));
        assertEquals("MALFORMED_JSON", refusal(channel.handle(signed("{\"orderId\":", NOW), hall), 400));
        assertEquals("MISSING_FIELD", refusal(channel.handle(signed("{\"orderId\":\"GD-3\"}", NOW), hall), 400));
        hall.settings.put("max.body.bytes", "10");
        assertEquals("BODY_TOO_LARGE", refusal(channel.handle(signed(order, NOW.plusSeconds(2)), hall), 413));
    }

    @Test
    void a_number_where_text_is_expected_is_judged_by_its_written_length_before_it_is_written() throws Exception {
        assertEquals("INVALID_FIELD", refusal(channel.handle(signed(
                "{\"orderId\":\"GD-5\",\"content\":\"x\",\"citizenPhone\":1e999999999}", NOW), hall), 400));
        assertEquals("INVALID_FIELD", refusal(channel.handle(signed(
                "{\"orderId\":\"GD-6\",\"content\":\"x\",\"citizenPhone\":1e-999999999}", NOW.plusSeconds(1)), hall), 400));
        assertEquals(200, channel.handle(signed(
                "{\"orderId\":\"GD-7\",\"content\":\"x\",\"citizenPhone\":13800138000}", NOW.plusSeconds(2)), hall).status());
    }

    @Test
    void a_registration_the_hall_refuses_is_answered_with_its_fields() throws Exception {
        hall.refuse = true;
        assertEquals("INVALID_FIELD", refusal(channel.handle(signed("{\"orderId\":\"GD-4\",\"content\":\"x\"}", NOW), hall), 422));
    }

    @Test
    void without_a_secret_nothing_is_accepted() throws Exception {
        hall.settings.remove("secret");
        assertEquals("NOT_CONFIGURED", refusal(channel.handle(signed("{}", NOW), hall), 503));
    }

    @Test
    void other_paths_and_methods_are_refused_in_the_hotline_format() throws Exception {
        assertEquals("NOT_FOUND", refusal(channel.handle(new ChannelRequest("POST", "other", Map.of(), Map.of(), new byte[0], ""), hall), 404));
        assertEquals("METHOD_NOT_ALLOWED", refusal(channel.handle(new ChannelRequest("GET", "work-orders", Map.of(), Map.of(), new byte[0], ""), hall), 405));
    }

    @Test
    void a_result_push_carries_the_event_id_the_order_and_the_result() {
        StatusChange change = StatusChange.builder("T-1-9", StatusChange.Kind.RESULT).complaint("T-1", "GD-1")
                .occurredAt(NOW).status("CLOSED").finding("SUBSTANTIATED", "属实").measures(List.of("道歉")).feedback("已电话告知").build();
        JsonObject push = ResultPush.body(change);
        assertEquals("T-1-9", push.getString("eventId"));
        assertEquals("RESULT", push.getString("type"));
        assertEquals("GD-1", push.getString("orderId"));
        JsonObject result = push.getJsonObject("result");
        assertEquals("SUBSTANTIATED", result.getString("finding"));
        assertEquals(List.of("道歉"), result.getJsonArray("measures").getValuesAs(JsonString::getString));
        assertFalse(push.containsKey("reason"));
    }

    @Test
    void without_a_push_url_a_change_is_not_delivered_and_waits() {
        StatusChange change = StatusChange.builder("T-1-5", StatusChange.Kind.SIGNED_FOR).complaint("T-1", "GD-1")
                .occurredAt(NOW).status("INVESTIGATING").build();
        assertFalse(channel.deliver(change, hall));
        assertTrue(channel.statusChanges().contains(StatusChange.Kind.RETURNED));
    }

    private static ChannelRequest signed(String body, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        return request(body, timestamp, HmacSignature.sign("s3cret", timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static ChannelRequest request(String body, String timestamp, String signature) {
        return new ChannelRequest("POST", "work-orders", Map.of(),
                Map.of("x-hotline-timestamp", List.of(timestamp), "X-HOTLINE-SIGNATURE", List.of(signature)),
                body.getBytes(StandardCharsets.UTF_8), "10.0.0.1");
    }

    private static String refusal(ChannelResponse response, int status) throws Exception {
        assertEquals(status, response.status(), text(response));
        assertTrue(response.contentType().startsWith("application/json"));
        JsonObject error = HotlineJson.parse(text(response)).asJsonObject();
        assertTrue(error.get("message") instanceof JsonString);
        return error.getString("code");
    }

    private static String text(ChannelResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The hall as the adapter sees it, in memory. */
    private static final class FakeHall implements ChannelContext {
        final Map<String, String> settings = new HashMap<>(Map.of("secret", "s3cret"));
        final List<Registration> registrations = new ArrayList<>();
        final Map<String, String> byOrder = new HashMap<>();
        boolean refuse;

        @Override
        public String channelId() {
            return HotlineChannel.ID;
        }

        @Override
        public Instant now() {
            return NOW;
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Registered register(Registration registration) {
            if (refuse) {
                throw new InvalidRegistrationException(Map.of("contactPhone", "invalid"));
            }
            String known = byOrder.get(registration.externalId());
            if (known != null) {
                return new Registered(known, true);
            }
            registrations.add(registration);
            String number = "T-" + registrations.size();
            byOrder.put(registration.externalId(), number);
            return new Registered(number, false);
        }

        @Override
        public boolean addNote(String trackingNumber, String text) {
            return byOrder.containsValue(trackingNumber);
        }

        @Override
        public boolean addEvidence(String trackingNumber, String fileName, String contentType, byte[] content) {
            return false; // work orders carry no files
        }

        @Override
        public boolean fromComplainant(String trackingNumber, String contact) {
            return false;
        }

        @Override
        public boolean recordUndeliverable(String trackingNumber, String reason) {
            return false;
        }

        @Override
        public Optional<String> filedDescription(String trackingNumber) {
            return Optional.empty();
        }

        @Override
        public Optional<CaseStatus> status(String trackingNumber) {
            return Optional.empty();
        }

        @Override
        public List<CaseStatus> cases(CaseQuery query) {
            return List.of();
        }

        @Override
        public List<ChannelCategory> categories() {
            return List.of(new ChannelCategory("SERVICE_ATTITUDE", LocalizedText.of("服务态度", "Service attitude")),
                    new ChannelCategory("BUSINESS_HANDLING", LocalizedText.of("业务办理", "Business handling")));
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.ofNullable(settings.get(key));
        }
    }
}
