package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wrong query codes are counted per tracking number in the database, whichever channel they were
 * typed on: five lock the number (test server: the default of five, for 30 minutes), and then the
 * REST status, the kiosk's status page and the public website all refuse even the right code, on
 * every reload, until a window hands over a new code.
 */
class QueryCodeLockIT {

    private static final int MAX_FAILURES = 5;

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_lock_made_over_rest_refuses_the_right_code_on_rest_the_kiosk_and_the_website_until_a_window_reissues_it() {
        Api.Filed filed = Api.file("SERVICE_ATTITUDE", "窗口人员不耐烦。");
        String wrong = wrong(filed.queryCode());

        for (int i = 1; i < MAX_FAILURES; i++) {
            assertEquals(404, Api.status(filed.number(), wrong).status(), "wrong code " + i);
        }
        Reply fifth = Api.status(filed.number(), wrong);
        assertEquals(423, fifth.status(), fifth.body());
        assertEquals("urn:servicehall:problem:queryCodeLocked", fifth.json().getString("type"));
        assertTrue(fifth.json().getString("detail").contains("窗口"), fifth.body());
        long retryAfter = Long.parseLong(fifth.header("Retry-After"));
        assertTrue(retryAfter > 25 * 60 && retryAfter <= 30 * 60, "locked for half an hour: " + retryAfter);

        Reply right = Api.status(filed.number(), filed.queryCode(), "Accept-Language", "en");
        assertEquals(423, right.status(), "even the right code is refused while locked");
        assertTrue(right.json().getString("detail").contains("window"), right.body());

        for (int reload = 0; reload < 2; reload++) {
            String kiosk = page("/kiosk/track.xhtml?n=" + filed.number() + "&c=" + filed.queryCode());
            assertTrue(kiosk.contains("id=\"locked\""), "the kiosk's status page sends the citizen to a window");
            assertFalse(kiosk.contains("resultStatus"), "and shows nothing of the complaint");
            String site = page("/public/track.xhtml?n=" + filed.number() + "&c=" + filed.queryCode());
            assertTrue(site.contains("查询码输错次数太多"), "the website too");
            assertFalse(site.contains("resultStatus"));
        }

        String fresh = Staff.RECEPTION.reissueQueryCode(filed.number(), "核对身份证后补发");
        assertNotEquals(filed.queryCode(), fresh);
        assertEquals(200, Api.status(filed.number(), fresh).status(), "the new code works at once");
        assertEquals(404, Api.status(filed.number(), filed.queryCode()).status(), "the old one no longer does");

        JsonObject view = Staff.SUPERVISOR.view(filed.number());
        JsonObject last = view.getJsonArray("history").getJsonObject(view.getJsonArray("history").size() - 1);
        assertEquals("QUERY_CODE_REISSUED", last.getString("action"));
        assertEquals("wang.fang", last.getString("actorId"));
        assertEquals("核对身份证后补发", last.getString("summary"));
        assertFalse(view.toString().contains(fresh), "the code shows nowhere but in the answer that hands it over");
        assertFalse(view.containsKey("queryCode") && !view.isNull("queryCode"));
    }

    @Test
    void wrong_codes_typed_at_the_same_moment_are_each_counted() throws Exception {
        Api.Filed filed = Api.file("FACILITIES_ENVIRONMENT", "洗手间没有纸。");
        String wrong = wrong(filed.queryCode());
        ExecutorService pool = Executors.newFixedThreadPool(MAX_FAILURES);
        try {
            List<Callable<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < MAX_FAILURES; i++) {
                tries.add(() -> Api.status(filed.number(), wrong).status());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(tries)) {
                answers.add(answer.get());
            }
            assertEquals(1, answers.stream().filter(s -> s == 423).count(), "exactly one of them locked it: " + answers);
            assertEquals(MAX_FAILURES - 1, answers.stream().filter(s -> s == 404).count(), answers.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(423, Api.status(filed.number(), filed.queryCode()).status(),
                "five concurrent wrong codes counted as five: the number is locked");
    }

    @Test
    void only_window_staff_and_supervisors_reissue_codes_and_the_window_receipt_carries_one() {
        Reply created = Staff.RECEPTION.post("/api/v1/cases", Json.createObjectBuilder()
                .add("channel", "WINDOW").add("categoryCode", "BUSINESS_HANDLING")
                .add("description", "材料要求前后不一。")
                .add("registration", Json.createObjectBuilder().add("complainantName", "赵六").add("complainantPhone", "13700002222"))
                // resolved on the spot: nothing is left in the supervisors' queues for the other tests
                .add("outcome", "RESOLVE_ON_SPOT").add("whatWasDone", "当场说明材料要求并致歉。").build());
        assertEquals(201, created.status(), created.body());
        String number = created.json().getString("trackingNumber");
        String code = created.json().getString("queryCode");
        assertNotNull(code, "the window's receipt gives the complainant a query code");
        assertEquals(200, Api.status(number, code).status());

        Reply handler = Staff.SUN_LI.post("/api/v1/cases/" + number + "/query-code",
                Json.createObjectBuilder().add("reason", "核对").build());
        assertEquals(403, handler.status(), handler.body());
        Reply noReason = Staff.RECEPTION.post("/api/v1/cases/" + number + "/query-code", Json.createObjectBuilder().build());
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(200, Api.status(number, code).status(), "a refused reissue changes nothing");
        assertTrue(Staff.SUPERVISOR.reissueQueryCode(number, "原回执遗失，核对身份证").matches("\\d{6}"));
    }

    /** A page as a phone's browser gets it. */
    private static String page(String path) {
        Reply reply = Api.get(path, "Accept", "text/html", "Accept-Language", "zh-CN");
        assertEquals(200, reply.status(), path);
        return reply.body();
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
