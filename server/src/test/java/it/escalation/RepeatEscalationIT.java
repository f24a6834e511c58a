package it.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped repeat rule on the real server: three complaints from one phone, filed through the
 * REST API, make exactly one supervisor alert, on the third, naming the count and the first two
 * tracking numbers; the earlier complaints, evaluated again, report nothing.
 */
class RepeatEscalationIT {

    private static final String PLUGIN = "org.servicehall.plugins.escalation.repeat";

    @BeforeAll
    static void ruleIsActive() {
        TestServer.awaitReady();
        assertTrue(waitFor(() -> {
            Api.Reply reply = Staff.ADMIN.get("/api/v1/plugins");
            return reply.jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(p -> PLUGIN.equals(p.getString("symbolicName")) && p.getJsonArray("rules").size() == 1).findFirst();
        }, Duration.ofSeconds(20)).isPresent(), "the repeat rule is active");
    }

    @Test
    void the_third_complaint_from_one_phone_alerts_the_supervisors_once_with_the_other_tracking_numbers() {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        List<String> numbers = new ArrayList<>();
        for (String text : List.of("窗口人员态度冷淡。", "上次投诉后还是没人理我。", "第三次来反映，仍然没有处理。")) {
            Api.Reply reply = Api.postJson("/api/v1/complaints", "{\"categoryCode\":\"SERVICE_ATTITUDE\",\"description\":\""
                    + text + "\",\"complainantName\":\"王先生\",\"complainantPhone\":\"" + phone + "\"}");
            assertEquals(201, reply.status(), reply.body());
            numbers.add(reply.json().getString("trackingNumber"));
        }

        JsonObject alert = waitFor(() -> repeatAlerts(numbers.get(2)).stream().findFirst(), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no repeat alert for the third complaint: " + messages(numbers.get(2))));
        assertEquals("ROLE", alert.getString("recipientKind"));
        assertEquals("SUPERVISOR", alert.getString("recipientId"));
        assertEquals(numbers.get(2), alert.getString("trackingNumber"));
        assertTrue(alert.getString("bodyZh").startsWith("同一投诉人30天内已投诉3次：" + numbers.get(1) + "、" + numbers.get(0)),
                alert.getString("bodyZh"));
        assertTrue(alert.getString("bodyEn").contains("3 complaints from the same complainant within 30 days: "
                + numbers.get(1) + ", " + numbers.get(0)), alert.getString("bodyEn"));
        assertTrue(alert.getString("bodyEn").contains("repeat"), "names the rule: " + alert.getString("bodyEn"));

        // Change the first complaint so that it is evaluated again; then the schedule and the
        // after-change evaluations have had their chance to repeat themselves.
        Staff.RECEPTION.step(Staff.RECEPTION.view(numbers.get(0)), "acceptance", Json.createObjectBuilder()
                .add("serviceStep", "综合窗口"));
        String control = Api.fileAnonymously("SERVICE_ATTITUDE", "窗口人员说要出人命了也不管。");
        waitFor(() -> caseView(control).filter(c -> "EMERGENCY".equals(c.getString("urgency"))), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("the control complaint was not escalated"));

        assertEquals(1, repeatAlerts(numbers.get(2)).size(), "one alert for the repetition");
        assertEquals(0, repeatAlerts(numbers.get(1)).size(), "the second complaint is no repetition yet");
        assertEquals(0, repeatAlerts(numbers.get(0)).size(), "the first complaint does not report it again");
    }

    @Test
    void the_outbox_refuses_a_malformed_tracking_number_with_a_translated_message_and_other_roles() {
        Api.Reply bad = Staff.SUPERVISOR.get("/api/v1/outbox?trackingNumber=%3Cscript%3E");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("trackingNumber"), bad.body());
        assertEquals(403, Staff.RECEPTION.get("/api/v1/outbox").status());
        assertEquals(401, Api.get("/api/v1/outbox").status());
    }

    private static List<JsonObject> repeatAlerts(String number) {
        return messages(number).stream().filter(m -> m.getString("bodyEn").contains("(rule repeat)")).toList();
    }

    private static List<JsonObject> messages(String number) {
        Api.Reply reply = Staff.SUPERVISOR.get("/api/v1/outbox?trackingNumber=" + number);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static Optional<JsonObject> caseView(String number) {
        Api.Reply reply = Staff.SUPERVISOR.get("/api/v1/cases/" + number);
        return reply.status() == 200 ? Optional.of(reply.json()) : Optional.empty();
    }

    static <T> Optional<T> waitFor(Supplier<Optional<T>> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent() || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
