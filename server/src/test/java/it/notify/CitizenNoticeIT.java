package it.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Await;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.HallClock;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Messages to complainants, through the outbox and the default (log) notifier: only with the
 * consent given at filing, never in the quiet hours, with the query code kept from staff; and
 * the steps that follow tell the consenting complainant and the staff who get the work.
 */
class CitizenNoticeIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @AfterEach
    void clockBack() {
        HallClock.reset();
    }

    @Test
    void only_a_complainant_who_consented_is_sent_the_receipt_and_staff_never_read_its_query_code() throws IOException {
        HallClock.set(HallClock.latestPast(LocalTime.of(10, 0), Duration.ofHours(1)));
        Filed consented = file(true, false);
        JsonObject receipt = Await.value(() -> messages(consented.number()).stream()
                        .filter(m -> "FILED".equals(m.getString("kind", "")) && "DELIVERED".equals(m.getString("state"))).findFirst(),
                LIMIT, () -> "no receipt delivered for " + consented.number() + ": " + messages(consented.number()));
        assertEquals("COMPLAINANT", receipt.getString("recipientKind"));
        assertTrue(receipt.getString("bodyZh").contains(consented.number()), receipt.toString());
        assertTrue(receipt.getString("bodyZh").contains("/public/track.xhtml?n=" + consented.number()), receipt.toString());
        assertTrue(receipt.getString("bodyZh").contains("{queryCode}"), "the code stays a placeholder: " + receipt);
        assertFalse(receipt.toString().contains(consented.queryCode()), "staff must not read the query code: " + receipt);
        assertEquals("outbox", receipt.getString("deliveredBy"));

        Filed refused = file(false, false);
        Filed anonymous = file(true, true);
        // A later consenting filing's receipt is delivered: by then the others' would have been too.
        Filed later = file(true, false);
        Await.until(() -> messages(later.number()).stream().anyMatch(m -> "DELIVERED".equals(m.getString("state"))),
                LIMIT, () -> "the later receipt was not delivered: " + messages(later.number()));
        assertTrue(toComplainant(refused.number()).isEmpty(), "no consent, no message: " + messages(refused.number()));
        assertTrue(toComplainant(anonymous.number()).isEmpty(), "anonymous, no message: " + messages(anonymous.number()));
    }

    @Test
    void what_the_complainant_is_due_in_the_quiet_hours_waits_until_eight_in_the_morning_hall_time() throws IOException {
        // an evening whose next morning has passed too: nothing is dated in the future
        LocalDate day = HallClock.latestPast(LocalTime.of(22, 0), Duration.ofHours(11)).toLocalDate();
        HallClock.set(day, LocalTime.of(22, 0));
        Filed filed = file(true, false);
        StaffWalk.toSignFor(filed.number());
        // staff have no quiet hours: the handler's assignment goes out now, so the delivery job has run
        Await.until(() -> messages(filed.number()).stream().anyMatch(m -> "ASSIGNED".equals(m.getString("kind", ""))
                        && "DELIVERED".equals(m.getString("state"))), LIMIT,
                () -> "the assignment was not delivered: " + messages(filed.number()));
        Instant eight = day.plusDays(1).atTime(8, 0).atZone(TestServer.HALL_ZONE).toInstant();
        List<JsonObject> toComplainant = toComplainant(filed.number());
        assertEquals(2, toComplainant.size(), "the receipt and the sign-for: " + toComplainant);
        for (JsonObject waiting : toComplainant) {
            assertEquals("PENDING", waiting.getString("state"), waiting.toString());
            assertEquals(eight, Instant.parse(waiting.getString("notBefore")), waiting.toString());
        }

        HallClock.set(day.plusDays(1), LocalTime.of(8, 0, 5));
        Await.until(() -> toComplainant(filed.number()).stream().allMatch(m -> "DELIVERED".equals(m.getString("state"))), LIMIT,
                () -> "not all sent after eight: " + messages(filed.number()));
    }

    @Test
    void the_steps_of_the_case_tell_the_consenting_complainant_and_the_staff_who_get_the_work() throws IOException {
        HallClock.set(HallClock.latestPast(LocalTime.of(9, 0), Duration.ofHours(1)));
        Filed filed = file(true, false);
        JsonObject c = StaffWalk.toSignFor(filed.number());
        c = Staff.SUN_LI.step(c, "finding", Json.createObjectBuilder().add("outcome", "SUBSTANTIATED")
                .add("substantiatedParts", "态度生硬").add("cause", "STAFF_ERROR").add("basis", "监控录像"));
        c = Staff.SUN_LI.step(c, "plan", Json.createObjectBuilder().add("measures", "向投诉人道歉").add("responsible", "科长")
                .add("dueOn", TestServer.hallToday().plusDays(3).toString()));
        c = Staff.SUN_LI.step(c, "measures", Json.createObjectBuilder().add("kind", "APOLOGY").add("details", "电话道歉"));
        c = Staff.SUN_LI.step(c, "handling-completion");
        c = Staff.SUN_LI.step(c, "feedback", Json.createObjectBuilder().add("method", "SMS")
                .add("content", "告知核实结果和处理措施").add("opinion", "表示满意").add("satisfaction", "SATISFIED")
                .add("appealRouteExplained", true));
        assertEquals("CLOSED", c.getString("status"));
        List<String> expected = List.of("COMPLAINANT FILED", "STAFF sun.li ASSIGNED", "COMPLAINANT SIGNED_FOR",
                "COMPLAINANT RESULT", "COMPLAINANT RATING_INVITATION");
        Await.until(() -> sent(filed.number()).containsAll(expected), LIMIT,
                () -> "expected " + expected + " among " + sent(filed.number()));
        JsonObject assigned = messages(filed.number()).stream().filter(m -> "ASSIGNED".equals(m.getString("kind", "")))
                .findFirst().orElseThrow();
        assertTrue(assigned.getString("subjectZh").contains("分派给您"), assigned.toString());
        assertTrue(assigned.getString("bodyEn").contains(filed.number()), assigned.toString());
    }

    private record Filed(String number, String queryCode) {
    }

    private static Filed file(boolean consent, boolean anonymous) {
        var body = Json.createObjectBuilder().add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", "窗口人员态度生硬，请核实。").add("anonymous", anonymous).add("notifyBySms", consent);
        if (!anonymous) {
            // a phone of its own: the repeat rule's alerts about one complainant stay out of these tests
            body.add("complainantPhone", "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        }
        Api.Reply reply = Api.postJson("/api/v1/complaints", body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return new Filed(reply.json().getString("trackingNumber"), reply.json().getString("queryCode"));
    }

    private static List<JsonObject> messages(String number) {
        Api.Reply reply = Staff.ADMIN.get("/api/v1/outbox?trackingNumber=" + number);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> toComplainant(String number) {
        return messages(number).stream().filter(m -> "COMPLAINANT".equals(m.getString("recipientKind"))).toList();
    }

    /** "RECIPIENT_KIND [id] KIND" of each message about a complaint. */
    private static List<String> sent(String number) {
        return messages(number).stream().map(m -> m.getString("recipientKind")
                + ("COMPLAINANT".equals(m.getString("recipientKind")) ? "" : " " + m.getString("recipientId"))
                + " " + Optional.ofNullable(m.get("kind")).filter(k -> k != JsonValue.NULL).map(k -> m.getString("kind", "")).orElse("-"))
                .toList();
    }
}
