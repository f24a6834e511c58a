package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.Plugins;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public complaint API, called over HTTP as a channel would. */
class ComplaintApiIT {

    private static final String COMPLAINTS = "/api/v1/complaints";

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_valid_complaint_is_filed_with_a_tracking_number_and_its_location() {
        Reply reply = Api.postJson(COMPLAINTS, Json.createObjectBuilder()
                .add("channel", "WEBSITE")
                .add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", "窗口工作人员态度生硬，不解释材料要求。")
                .add("complainantName", "张三")
                .add("complainantPhone", "13800138000")
                .build().toString());

        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        String number = body.getString("trackingNumber");
        assertTrue(number.matches("TS-\\d{8}-\\d{5,6}"), number);
        assertEquals("RECEIVED", body.getString("status"));
        assertEquals("已受理", body.getString("statusLabel"));
        assertEquals("服务态度", body.getJsonObject("category").getString("label"));
        assertTrue(reply.header("Location").endsWith(COMPLAINTS + "/" + number), reply.header("Location"));
        assertFalse(body.getBoolean("repeated"));
        assertTrue(body.getString("queryCode").matches("\\d{6}"), "the receipt carries the query code: " + body);
    }

    @Test
    void with_the_query_code_the_status_shows_progress_but_no_personal_data() {
        Reply filed = Api.postJson(COMPLAINTS, Json.createObjectBuilder()
                .add("categoryCode", "BUSINESS_HANDLING")
                .add("description", "材料齐全却被要求第三次补交。")
                .add("complainantName", "李四")
                .add("complainantPhone", "13912345678")
                .build().toString());
        String number = filed.json().getString("trackingNumber");

        Reply status = Api.status(number.toLowerCase(), filed.json().getString("queryCode"));

        assertEquals(200, status.status(), status.body());
        JsonObject body = status.json();
        assertEquals(number, body.getString("trackingNumber"));
        assertEquals("RECEIVED", body.getString("status"));
        assertEquals("FILED", body.getJsonArray("steps").getJsonObject(0).getString("action"));
        assertFalse(status.body().contains("13912345678"), "phone number leaked");
        assertFalse(status.body().contains("李四"), "name leaked");
        assertFalse(status.body().contains("第三次补交"), "description leaked");
    }

    @Test
    void without_the_query_code_a_neighbour_learns_only_that_the_number_exists_and_its_stage() {
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "窗口工作人员一直在玩手机。");

        Reply status = Api.get(COMPLAINTS + "/" + number);

        assertEquals(200, status.status(), status.body());
        JsonObject body = status.json();
        assertEquals(java.util.Set.of("trackingNumber", "status", "statusLabel"), body.keySet(),
                "no category, channel, time or timeline without the code: " + body);
        assertEquals("RECEIVED", body.getString("status"));
    }

    @Test
    void a_wrong_query_code_is_answered_as_an_unknown_number() {
        Api.Filed filed = Api.file("FACILITIES_ENVIRONMENT", "饮水机坏了。");

        Reply wrong = Api.status(filed.number(), String.format("%06d", (Integer.parseInt(filed.queryCode()) + 1) % 1_000_000));
        Reply unknown = Api.status("TS-19990101-00001", "123456");

        assertEquals(404, wrong.status());
        assertEquals(404, unknown.status());
        assertEquals(unknown.json().getString("detail"), wrong.json().getString("detail"));
        assertEquals(200, Api.status(filed.number(), filed.queryCode()).status(), "the right code still works");
    }

    @Test
    void english_callers_get_english_labels() {
        Api.Filed filed = Api.file("FACILITIES_ENVIRONMENT", "No seats in the waiting area.");

        Reply status = Api.status(filed.number(), filed.queryCode(), "Accept-Language", "en-GB,en;q=0.9");

        assertEquals("Received", status.json().getString("statusLabel"));
        assertEquals("Facilities and environment", status.json().getJsonObject("category").getString("label"));
        assertEquals("en", status.header("Content-Language"));
    }

    @Test
    void a_repeated_submission_with_the_same_idempotency_key_files_nothing_new() {
        String key = "it-" + UUID.randomUUID();
        String body = Json.createObjectBuilder()
                .add("categoryCode", "POLICY_CONSULTATION")
                .add("description", "两个窗口对同一政策的答复不一致。")
                .add("anonymous", true)
                .build().toString();

        Reply first = Api.postJson(COMPLAINTS, body, "Idempotency-Key", key, "Accept", "application/json");
        Reply second = Api.postJson(COMPLAINTS, body, "Idempotency-Key", key, "Accept", "application/json");

        assertEquals(201, first.status(), first.body());
        assertEquals(200, second.status(), second.body());
        assertEquals(first.json().getString("trackingNumber"), second.json().getString("trackingNumber"));
        assertTrue(second.json().getBoolean("repeated"));
    }

    @Test
    void an_unknown_tracking_number_is_404_with_a_problem_body() {
        Reply reply = Api.get(COMPLAINTS + "/TS-19990101-00001");

        assertEquals(404, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertEquals("urn:servicehall:problem:notFound", reply.json().getString("type"));
    }

    @Test
    void bad_input_is_refused_field_by_field_in_the_callers_language_and_leaves_no_stack_trace() throws IOException {
        long logBefore = Files.size(TestServer.messagesLog());

        Reply empty = Api.postJson(COMPLAINTS, "{\"categoryCode\":\"SERVICE_ATTITUDE\",\"description\":\"  \",\"anonymous\":true}");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("description:required", empty.fieldsInError());
        assertEquals("请描述您遇到的问题。", empty.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Reply unknownCategory = Api.postJson(COMPLAINTS, "{\"categoryCode\":\"NO_SUCH\",\"description\":\"x\",\"anonymous\":true}",
                "Accept-Language", "en");
        assertEquals(400, unknownCategory.status());
        assertEquals("categoryCode:unknown", unknownCategory.fieldsInError());
        assertTrue(unknownCategory.json().getString("title").startsWith("The submission"), unknownCategory.body());

        Reply tooLong = Api.postJson(COMPLAINTS, Json.createObjectBuilder()
                .add("categoryCode", "SERVICE_ATTITUDE").add("description", "长".repeat(100_000)).add("anonymous", true)
                .build().toString());
        assertEquals(400, tooLong.status());
        assertEquals("description:tooLong", tooLong.fieldsInError());

        Reply malformed = Api.postJson(COMPLAINTS, "{\"categoryCode\": \"SERVICE_ATTITUDE\", ");
        assertEquals(400, malformed.status());
        assertEquals("urn:servicehall:problem:unreadable", malformed.json().getString("type"));

        Reply wrongTypes = Api.postJson(COMPLAINTS, "{\"categoryCode\":42,\"description\":\"x\",\"anonymous\":\"yes\"}");
        assertEquals(400, wrongTypes.status());
        assertEquals("anonymous:wrongType,categoryCode:wrongType", wrongTypes.fieldsInError());

        Reply everythingWrong = Api.postJson(COMPLAINTS,
                "{\"description\":\"x\",\"complainantPhone\":\"12345\"}");
        assertEquals(400, everythingWrong.status());
        assertEquals("categoryCode:required,complainantPhone:invalid", everythingWrong.fieldsInError());

        Reply anonymousWithPhone = Api.postJson(COMPLAINTS,
                "{\"categoryCode\":\"SERVICE_ATTITUDE\",\"description\":\"x\",\"anonymous\":true,\"complainantPhone\":\"13800138000\"}");
        assertEquals("complainantPhone:notAllowed", anonymousWithPhone.fieldsInError());

        Reply notUtf8 = Api.postBytes(COMPLAINTS, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "application/json");
        assertEquals(400, notUtf8.status());

        Reply notAnObject = Api.postJson(COMPLAINTS, "[1,2,3]");
        assertEquals(400, notAnObject.status());

        byte[] log = Files.readAllBytes(TestServer.messagesLog()); // an offset in bytes: the log holds Chinese text
        String logged = new String(log, (int) logBefore, log.length - (int) logBefore, StandardCharsets.UTF_8);
        assertFalse(logged.contains("Exception"), "bad input left an exception in the server log:\n" + logged);
        assertFalse(logged.contains("\tat "), "bad input left a stack trace in the server log:\n" + logged);
    }

    @Test
    void the_categories_of_the_default_plugin_are_offered() throws IOException {
        Plugins.ensureSampleAbsent(); // another test may have left the sample category plugin in
        Reply reply = Api.get("/api/v1/categories");

        assertEquals(200, reply.status());
        String codes = reply.jsonArray().stream().map(v -> v.asJsonObject().getString("code")).toList().toString();
        assertEquals("[SERVICE_ATTITUDE, BUSINESS_HANDLING, POLICY_CONSULTATION, FACILITIES_ENVIRONMENT]", codes);
    }

    @Test
    void health_and_openapi_are_served() {
        Reply ready = Api.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("plugin-host"), ready.body());
        assertTrue(ready.body().contains("database"), ready.body());

        Reply live = Api.get("/health/live");
        assertEquals(200, live.status(), live.body());

        Reply openapi = Api.get("/openapi", "Accept", "application/json");
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertNotNull(paths.get("/api/v1/complaints"), openapi.body());
        assertNotNull(paths.get("/api/v1/complaints/{trackingNumber}"), openapi.body());
        JsonObject schemas = openapi.json().getJsonObject("components").getJsonObject("schemas");
        assertNotNull(schemas.get("CaseView"), "the answers' types are described too, from the application's packages: "
                + schemas.keySet());
    }
}
