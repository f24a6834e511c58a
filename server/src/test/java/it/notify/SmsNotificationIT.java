package it.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Await;
import it.support.Browser;
import it.support.KioskSteps;
import it.support.KioskSteps.Receipt;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.HallClock;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicehall.plugins.notify.sms.LocalSmsc;

/**
 * Complainants told by SMS, end to end: the kiosk's consent, the notifier plugin `sms` over SMPP
 * 3.4 to an SMS centre running in the test (jSMPP server sessions on a free port), its delivery
 * receipt on the case's delivery list, the quiet hours by the hall's clock, and a reply of TD that
 * stops every further message.
 */
class SmsNotificationIT {

    private static final String SMS_PLUGIN = "org.servicehall.plugins.notify.sms";
    private static final List<String> SETTINGS = List.of("transport", "host", "port", "systemId", "password",
            "sourceAddress", "throughputPerSecond");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static LocalSmsc smsc;
    private static Browser browser;
    private static KioskSteps kiosk;

    @BeforeAll
    static void smsCentreAndSettings() throws IOException {
        TestServer.awaitReady();
        smsc = LocalSmsc.start();
        settings(Json.createObjectBuilder().add("transport", "smpp").add("host", "127.0.0.1")
                .add("port", Integer.toString(smsc.port())).add("systemId", LocalSmsc.SYSTEM_ID)
                .add("password", LocalSmsc.PASSWORD).add("sourceAddress", "106900001234").add("throughputPerSecond", "50"));
        browser = Browser.start(1080, 1920);
        kiosk = new KioskSteps(browser);
    }

    @AfterAll
    static void settingsBack() throws IOException {
        JsonObjectBuilder reset = Json.createObjectBuilder();
        SETTINGS.forEach(key -> reset.add(key, JsonValue.NULL));
        settings(reset);
        if (browser != null) {
            browser.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    @AfterEach
    void clockBack() {
        HallClock.reset();
    }

    @Test
    void a_citizen_who_consents_at_the_kiosk_gets_the_receipt_by_sms_and_one_who_does_not_gets_nothing() throws Exception {
        HallClock.set(HallClock.latestPast(LocalTime.of(10, 0), Duration.ofHours(1)));
        String consenting = phone();
        Receipt told = fileAtKiosk(consenting, true);
        // the receipt comes in parts: wait for all of them (the text ends with the way to stop)
        String text = Await.value(() -> Optional.of(smsTo(consenting)).filter(t -> t.contains(told.queryCode())
                        && t.endsWith("回复TD退订")),
                LIMIT, () -> "no receipt SMS to the consenting citizen; the SMS centre has " + smsc.submits().size());
        assertTrue(text.contains(told.number()), text);
        assertTrue(text.contains("/public/track.xhtml?n=" + told.number()), text);
        assertTrue(text.startsWith("【政务服务中心】"), text);
        assertTrue(text.endsWith("回复TD退订"), text);
        assertTrue(smsc.submits().stream().filter(s -> s.destination().equals(consenting)).allMatch(s -> s.dataCoding() == 0x08),
                "Chinese goes as UCS-2");

        // the SMS centre's receipts (one per part of the long receipt) show on the case's delivery list
        for (LocalSmsc.Submit part : smsc.submits().stream().filter(s -> s.destination().equals(consenting)).toList()) {
            smsc.receipt(part, "DELIVRD");
        }
        Await.until(() -> deliveries(told.number()).stream().anyMatch(d -> "sms".equals(d.getString("notifier", ""))
                && "DELIVERED".equals(d.getString("state", ""))), LIMIT, () -> "receipt not recorded: " + deliveries(told.number()));

        String silent = phone();
        Receipt untold = fileAtKiosk(silent, false);
        // a later consenting filing is told: by then the one before would have been too
        String later = phone();
        Api.Filed laterFiled = fileByApi(later);
        Await.until(() -> smsTo(later).contains(laterFiled.number()), LIMIT, () -> "no SMS for the later filing");
        assertEquals("", smsTo(silent), "no consent, no SMS");
        assertTrue(deliveries(untold.number()).isEmpty(), deliveries(untold.number()).toString());
    }

    @Test
    void a_receipt_filed_in_the_evening_reaches_the_phone_at_eight_the_next_morning() throws Exception {
        LocalDate day = HallClock.latestPast(LocalTime.of(21, 30), Duration.ofHours(11)).toLocalDate();
        HallClock.set(day, LocalTime.of(21, 30));
        String phone = phone();
        Api.Filed filed = fileByApi(phone);
        StaffWalk.toSignFor(filed.number());
        // staff have no quiet hours: once the handler's assignment is out, the delivery job has run
        Await.until(() -> deliveries(filed.number()).stream().anyMatch(d -> "ASSIGNED".equals(d.getString("kind", ""))
                && d.get("completedAt") != null && d.get("completedAt") != JsonValue.NULL), LIMIT,
                () -> "assignment not delivered: " + deliveries(filed.number()));
        assertEquals("", smsTo(phone), "no SMS in the quiet hours");

        HallClock.set(day.plusDays(1), LocalTime.of(8, 0, 5));
        Await.until(() -> smsTo(phone).contains(filed.number()) && smsTo(phone).contains("签收"), LIMIT,
                () -> "the receipt and the sign-for did not reach the phone after eight: " + smsTo(phone));
    }

    @Test
    void a_reply_of_td_stops_every_further_message_about_the_complaints_of_that_phone() throws Exception {
        HallClock.set(HallClock.latestPast(LocalTime.of(11, 0), Duration.ofHours(1)));
        String phone = phone();
        Api.Filed filed = fileByApi(phone);
        // every part of the receipt is in (a long SMS comes in parts): it ends with the way to stop
        Await.until(() -> smsTo(phone).contains(filed.number()) && smsTo(phone).endsWith("回复TD退订"), LIMIT,
                () -> "no whole receipt SMS: " + smsTo(phone));
        int before = countTo(phone);

        // the SMS centre's deliver_sm returns once the notifier answered it, and it answers once the host recorded it
        smsc.reply("86" + phone, "ＴＤ", (byte) 0x08, StandardCharsets.UTF_16BE);
        StaffWalk.toSignFor(filed.number());
        Await.until(() -> deliveries(filed.number()).stream().anyMatch(d -> "ASSIGNED".equals(d.getString("kind", ""))
                && d.get("completedAt") != JsonValue.NULL), LIMIT, () -> "assignment not delivered: " + deliveries(filed.number()));
        assertFalse(deliveries(filed.number()).stream().anyMatch(d -> "SIGNED_FOR".equals(d.getString("kind", ""))),
                "no message for the complainant after TD: " + deliveries(filed.number()));
        assertEquals(before, countTo(phone), "nothing more after TD: " + smsTo(phone));
    }

    private static Receipt fileAtKiosk(String phone, boolean consent) throws IOException {
        kiosk.start("?terminal=IT-SMS");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-POLICY_CONSULTATION"));
        browser.tap(By.cssSelector("a.pick-VAGUE_ANSWER"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.tapDigits(phone);
        browser.tap(By.id("wizard:usePhone"));
        browser.await(By.id("wizard:smsConsent"));
        assertEquals("false", browser.find(By.id("wizard:smsConsent")).getAttribute("aria-checked"), "never ticked for the citizen");
        if (consent) {
            browser.tap(By.id("wizard:smsConsent"));
            Await.until(() -> "true".equals(browser.find(By.id("wizard:smsConsent")).getAttribute("aria-checked")),
                    LIMIT, () -> "the switch did not turn on");
            kiosk.check("file-05-review-sms-consent");
        }
        browser.tap(By.id("wizard:submit"));
        return kiosk.receipt();
    }

    private static Api.Filed fileByApi(String phone) {
        Api.Reply reply = Api.postJson("/api/v1/complaints", Json.createObjectBuilder().add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", "窗口人员态度生硬，请核实。").add("complainantPhone", phone).add("notifyBySms", true)
                .build().toString());
        assertEquals(201, reply.status(), reply.body());
        return new Api.Filed(reply.json().getString("trackingNumber"), reply.json().getString("queryCode"));
    }

    /** Every SMS to a phone, its parts joined in the order they arrived, messages one after the other. */
    private static String smsTo(String phone) {
        return smsc.submits().stream().filter(s -> s.destination().equals(phone)).map(LocalSmsc.Submit::text)
                .collect(Collectors.joining());
    }

    private static int countTo(String phone) {
        return (int) smsc.submits().stream().filter(s -> s.destination().equals(phone)).count();
    }

    private static List<JsonObject> deliveries(String number) {
        Api.Reply reply = Staff.SUPERVISOR.get("/api/v1/outbox/deliveries?trackingNumber=" + number);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    /** A mobile number of its own for each filing: no test sees another's SMS, nor the repeat rule's alerts. */
    private static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static void settings(JsonObjectBuilder values) {
        Api.Reply reply = Staff.ADMIN.put("/api/v1/plugins/" + SMS_PLUGIN + "/settings",
                Json.createObjectBuilder().add("values", values).build());
        assertEquals(200, reply.status(), reply.body());
    }
}
