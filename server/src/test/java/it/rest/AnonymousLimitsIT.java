package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Loopback;
import it.support.RateLimits;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every anonymous entry point is rate-limited per client address with the defaults (the test
 * server leaves only 127.0.0.1 unlimited; these requests come from other loopback addresses, one
 * per test, so each starts with a full allowance): the REST filing and status, the kiosk's status
 * page, and the public website, whose limits a path written differently ({@code ;x=1}, {@code /./})
 * no longer escapes. Anonymous REST callers file as the website, whatever they claim.
 */
class AnonymousLimitsIT {

    private static final String UNKNOWN = "TS-20200101-00001";

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void the_websites_status_link_is_limited_however_its_path_is_written() throws Exception {
        for (String[] variant : new String[][] {
                {"127.0.0.4", "/public/track.xhtml;x=1"}, {"127.0.0.5", "/public/./track.xhtml"},
                {"127.0.0.6", "/public/../public/track.xhtml"}}) {
            String path = variant[1] + "?n=" + UNKNOWN + "&c=000000";
            Loopback.Reply first = Loopback.get(variant[0], path, "Accept-Language", "zh-CN");
            assertEquals(200, first.status(), variant[1] + " reaches the status page: " + first.head());
            // 20 lookups a minute, the first one spent above
            Loopback.Reply last = RateLimits.spend(19, Duration.ofMinutes(1),
                    () -> Loopback.get(variant[0], path, "Accept-Language", "zh-CN"));
            assertEquals(429, last.status(), "lookups past the allowance through " + variant[1]);
            assertTrue(last.body().contains("操作太频繁"), last.body());
        }
    }

    @Test
    void the_kiosks_status_page_is_limited_per_address_with_a_translated_page() throws Exception {
        // 30 lookups a minute
        Loopback.Reply last = RateLimits.spend(30, Duration.ofMinutes(1), () -> Loopback.get("127.0.0.7",
                "/kiosk/./track.xhtml;x=1?n=" + UNKNOWN + "&c=000000", "Accept-Language", "en"));
        assertTrue(Long.parseLong(last.retryAfter()) >= 1, last.head());
        assertTrue(last.body().contains("Too many lookups"), last.body());

        Loopback.Reply start = Loopback.get("127.0.0.7", "/kiosk/index.xhtml");
        assertEquals(200, start.status(), "opening the kiosk costs nothing");
    }

    @Test
    void anonymous_rest_filings_are_limited_per_address_and_staff_are_not() throws Exception {
        String body = Json.createObjectBuilder().add("categoryCode", "FACILITIES_ENVIRONMENT")
                .add("description", "限流测试").add("anonymous", true).build().toString();
        for (int i = 1; i <= 10; i++) {
            assertEquals(201, Loopback.postJson("127.0.0.8", "/api/v1/complaints", body).status(), "filing " + i);
        }
        Loopback.Reply refused = Loopback.postJson("127.0.0.8", "/api/v1/complaints", body, "Accept-Language", "en");
        assertEquals(429, refused.status(), "the 11th filing within an hour");
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.head());
        assertEquals("urn:servicehall:problem:tooManyRequests", refused.json().getString("type"));
        assertEquals("Too many requests", refused.json().getString("title"));
        assertTrue(Long.parseLong(refused.retryAfter()) >= 60, "one filing comes back every six minutes: " + refused.head());
        Loopback.Reply chinese = Loopback.postJson("127.0.0.8", "/api/v1/complaints", body);
        assertEquals("请求太频繁", chinese.json().getString("title"));

        Loopback.Reply staff = Loopback.postJson("127.0.0.8", "/api/v1/complaints", body, "Authorization", basic("wang.fang"));
        assertEquals(201, staff.status(), "a logged-in staff member is not limited: " + staff.body());
    }

    @Test
    void anonymous_rest_status_lookups_are_limited_per_address() throws Exception {
        // 20 lookups a minute
        Loopback.Reply last = RateLimits.spend(20, Duration.ofMinutes(1),
                () -> Loopback.get("127.0.0.9", "/api/v1/complaints/" + UNKNOWN, "Accept", "application/json"));
        assertEquals("urn:servicehall:problem:tooManyRequests", last.json().getString("type"));
    }

    @Test
    void an_anonymous_caller_files_as_the_website_whatever_channel_and_terminal_it_names_and_staff_choose() {
        Api.Reply claimed = Api.postJson("/api/v1/complaints", Json.createObjectBuilder()
                .add("channel", "WINDOW").add("terminal", "HALL1-K01").add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", "冒充窗口登记").add("anonymous", true).build().toString());
        assertEquals(201, claimed.status(), claimed.body());
        JsonObject stored = Staff.SUPERVISOR.view(claimed.json().getString("trackingNumber"));
        assertEquals("WEBSITE", stored.getString("channel"));
        assertEquals("API", stored.getString("receivingTerminal"));
        assertNotEquals("wang.fang", stored.getString("firstContactOwner", null));

        Api.Reply byStaff = Staff.RECEPTION.post("/api/v1/complaints", Json.createObjectBuilder()
                .add("channel", "PHONE_HOTLINE").add("terminal", "W01").add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", "电话里反映窗口态度").add("anonymous", true).build());
        assertEquals(201, byStaff.status(), byStaff.body());
        JsonObject kept = Staff.SUPERVISOR.view(byStaff.json().getString("trackingNumber"));
        assertEquals("PHONE_HOTLINE", kept.getString("channel"));
        assertEquals("W01", kept.getString("receivingTerminal"));

        Api.Reply unknownChannel = Staff.RECEPTION.post("/api/v1/complaints", Json.createObjectBuilder()
                .add("channel", "CARRIER_PIGEON").add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", "x").add("anonymous", true).build());
        assertEquals("channel:unknown", unknownChannel.fieldsInError());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Staff.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
