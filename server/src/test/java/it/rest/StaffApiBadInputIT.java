package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.SamplePdf;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the staff API (cases, evidence, improvements, directory): over-long text, values of
 * the wrong type, missing fields, unknown numbers. Each is refused with a 4xx in the problem format,
 * field by field, in the caller's language, with no stack trace in the answer or the server log —
 * and nothing of it is stored.
 */
class StaffApiBadInputIT {

    private static final String LONG = "长".repeat(5_000);

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_step_with_missing_over_long_or_mistyped_fields_is_refused_field_by_field_and_the_case_is_unchanged() throws IOException {
        long logBefore = Files.size(TestServer.messagesLog());
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "坏输入测试：窗口态度差。");
        JsonObject before = Staff.RECEPTION.view(number);
        String accept = "/api/v1/cases/" + number + "/acceptance";

        Reply missing = Staff.RECEPTION.post("/api/v1/cases/" + number + "/on-spot-resolution", versioned(before).build());
        assertInvalid(missing, "whatWasDone:required");

        Reply tooLong = Staff.RECEPTION.post(accept, versioned(before).add("serviceStep", LONG).build());
        assertInvalid(tooLong, "serviceStep:tooLong");

        Reply wrongType = Staff.RECEPTION.postRaw(accept, "{\"version\":\"one\",\"serviceStep\":\"社保\"}", "application/json");
        assertInvalid(wrongType, "version:wrongType");
        assertEquals("类型不正确，应为数字。", wrongType.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Reply malformed = Staff.RECEPTION.postRaw(accept, "{\"version\": 1, ", "application/json");
        assertEquals(400, malformed.status(), malformed.body());
        assertProblem(malformed);
        assertEquals("urn:servicehall:problem:unreadable", malformed.json().getString("type"), malformed.body());

        JsonObject triaged = StaffWalk.toSignFor(Api.fileAnonymously("SERVICE_ATTITUDE", "坏输入测试：调查笔录。"));
        String notes = "/api/v1/cases/" + triaged.getString("trackingNumber") + "/notes";
        assertInvalid(Staff.SUN_LI.post(notes, versioned(triaged).add("kind", "INTERVIEW").add("text", "笔".repeat(20_000)).build()),
                "text:tooLong");
        assertInvalid(Staff.SUN_LI.post(notes, versioned(triaged).add("kind", "GOSSIP").add("text", "x").build()), "kind:unknown");
        Reply english = Staff.SUN_LI.inEnglish().post(notes, versioned(triaged).add("kind", "INTERVIEW").build());
        assertInvalid(english, "text:required");
        assertEquals("en", english.header("Content-Language"));
        assertTrue(english.json().getString("title").matches("[\\x20-\\x7E]+"), "said in English: " + english.body());

        JsonObject after = Staff.RECEPTION.view(number);
        assertEquals(before.getJsonNumber("version"), after.getJsonNumber("version"), "nothing of the refused steps was stored");
        assertEquals("RECEIVED", after.getString("status"));
        assertEquals(before.getJsonArray("history").size(), after.getJsonArray("history").size());
        assertEquals(triaged.getJsonArray("notes"), Staff.SUN_LI.view(triaged.getString("trackingNumber")).getJsonArray("notes"));
        assertNoStackTraceLoggedSince(logBefore);
    }

    @Test
    void unknown_and_malformed_tracking_numbers_are_404_in_the_problem_format() {
        for (String path : List.of("/api/v1/cases/TS-19990101-00001", "/api/v1/cases/not-a-number",
                "/api/v1/cases/TS-19990101-00001/file")) {
            Reply reply = path.endsWith("/file") ? Staff.SUPERVISOR.getHtml(path) : Staff.SUPERVISOR.get(path);
            assertEquals(404, reply.status(), path + " → " + reply.body());
            assertEquals("urn:servicehall:problem:notFound", reply.json().getString("type"), reply.body());
        }
        Reply step = Staff.RECEPTION.post("/api/v1/cases/TS-19990101-00001/acceptance",
                Json.createObjectBuilder().add("version", 0).build());
        assertEquals(404, step.status(), step.body());
        assertProblem(step);
        Reply english = Staff.RECEPTION.inEnglish().get("/api/v1/cases/TS-19990101-00002");
        assertEquals(404, english.status());
        assertTrue(english.json().getString("detail").matches("[\\x20-\\x7E]+"), english.body());
    }

    @Test
    void evidence_of_the_wrong_type_too_large_or_empty_is_refused_and_no_file_is_kept() throws IOException {
        JsonObject c = StaffWalk.toSignFor(Api.fileAnonymously("SERVICE_ATTITUDE", "坏输入测试：证据上传。"));
        String number = c.getString("trackingNumber");
        String upload = "/api/v1/cases/" + number + "/evidence?version=" + c.getJsonNumber("version").longValue()
                + "&description=x&fileName=";
        long filesBefore = evidenceFiles();

        Reply text = Staff.SUN_LI.postBytes(upload + "note.png", "这不是图片".getBytes(StandardCharsets.UTF_8), "image/png");
        assertInvalid(text, "file:type");
        assertTrue(text.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("application/pdf"),
                "says which types are taken: " + text.body());

        Reply empty = Staff.SUN_LI.postBytes(upload + "empty.pdf", new byte[0], "application/pdf");
        assertInvalid(empty, "file:empty");

        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 9);
        Reply tooLarge = Staff.SUN_LI.inEnglish().postBytes(upload + "huge.pdf", huge, "application/pdf");
        assertInvalid(tooLarge, "file:tooLarge");
        assertTrue(tooLarge.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("MB"), tooLarge.body());

        Reply noName = Staff.SUN_LI.postBytes(upload.replace("&fileName=", ""), pdf(), "application/pdf");
        assertInvalid(noName, "fileName:invalid");

        Reply stale = Staff.SUN_LI.postBytes("/api/v1/cases/" + number + "/evidence?version=0&fileName=stale.pdf", pdf(),
                "application/pdf");
        assertEquals(409, stale.status(), stale.body());
        assertProblem(stale);

        assertEquals(List.of(), Staff.SUN_LI.view(number).getJsonArray("evidence"), "no refused file is on the case");
        assertEquals(filesBefore, evidenceFiles(), "and none is kept in the evidence folder");
    }

    @Test
    void an_improvement_action_with_bad_fields_is_refused_and_none_is_raised() {
        int before = Staff.SUPERVISOR.get("/api/v1/improvements").jsonArray().size();
        String number = Api.fileAnonymously("FACILITIES_ENVIRONMENT", "坏输入测试：整改。");

        assertInvalid(Staff.SUPERVISOR.post("/api/v1/improvements", Json.createObjectBuilder().add("description", "x")
                .add("owner", "zhou.qiang").add("dueOn", "2099-01-31").add("cases", Json.createArrayBuilder().add(number)).build()),
                "title:required");
        assertInvalid(Staff.SUPERVISOR.post("/api/v1/improvements", Json.createObjectBuilder().add("title", LONG)
                .add("owner", "zhou.qiang").add("dueOn", "2099-01-31").add("cases", Json.createArrayBuilder().add(number)).build()),
                "title:tooLong");
        assertInvalid(Staff.SUPERVISOR.post("/api/v1/improvements", Json.createObjectBuilder().add("title", "巡查")
                .add("owner", "zhou.qiang").add("dueOn", "2099-01-31")
                .add("cases", Json.createArrayBuilder().add("TS-19990101-00001")).build()), "cases:unknown");
        assertInvalid(Staff.SUPERVISOR.post("/api/v1/improvements", Json.createObjectBuilder().add("title", "巡查")
                .add("description", "每日巡查").add("owner", "nobody.at.all").add("dueOn", "2099-01-31")
                .add("cases", Json.createArrayBuilder().add(number)).build()), "owner:unknown");
        Reply badDate = Staff.SUPERVISOR.inEnglish().postRaw("/api/v1/improvements", "{\"title\":\"巡查\",\"owner\":\"zhou.qiang\","
                + "\"dueOn\":\"next week\",\"cases\":[\"" + number + "\"]}", "application/json");
        assertInvalid(badDate, "dueOn:wrongType");
        assertEquals("Wrong type: a date (YYYY-MM-DD) is expected.",
                badDate.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Reply unknown = new Staff("zhou.qiang").post("/api/v1/improvements/999999999/progress",
                Json.createObjectBuilder().add("text", "x").build());
        assertEquals(404, unknown.status(), unknown.body());
        assertProblem(unknown);

        assertEquals(before, Staff.SUPERVISOR.get("/api/v1/improvements").jsonArray().size(), "no action was raised");
    }

    @Test
    void a_directory_entry_with_bad_fields_is_refused_and_the_directory_is_unchanged() {
        String code = "IT_BAD_" + (System.nanoTime() % 100_000);
        Reply badKind = Staff.SUPERVISOR.put("/api/v1/directory/departments/" + code, Json.createObjectBuilder()
                .add("kind", "PLANET").add("nameZh", "火星办事处").add("nameEn", "Mars office").add("active", true).build());
        assertInvalid(badKind, "kind:unknown");
        Reply noName = Staff.SUPERVISOR.put("/api/v1/directory/departments/" + code, Json.createObjectBuilder()
                .add("kind", "EXTERNAL_AGENCY").add("nameEn", "No Chinese name").add("active", true).build());
        assertEquals(400, noName.status(), noName.body());
        assertProblem(noName);
        Reply longName = Staff.SUPERVISOR.put("/api/v1/directory/departments/" + code, Json.createObjectBuilder()
                .add("kind", "EXTERNAL_AGENCY").add("nameZh", LONG).add("nameEn", "Long").add("active", true).build());
        assertEquals(400, longName.status(), longName.body());
        assertProblem(longName);
        assertFalse(departments().contains(code), "no half-made department is stored");

        Reply unknownDepartment = Staff.SUPERVISOR.put("/api/v1/directory/staff/it.nobody", Json.createObjectBuilder()
                .add("displayName", "测试员").add("departmentCode", "NO_SUCH_DEPARTMENT").add("active", true).build());
        assertInvalid(unknownDepartment, "departmentCode:unknown");
        Reply wrongType = Staff.SUPERVISOR.postRaw("/api/v1/directory/staff/it.nobody", "{}", "application/json");
        assertEquals(405, wrongType.status(), "a POST where a PUT belongs: " + wrongType.body());
        assertProblem(wrongType);
        assertFalse(Staff.SUPERVISOR.get("/api/v1/directory/staff").body().contains("it.nobody"), "no staff member is stored");
        assertEquals(403, Staff.SUN_LI.put("/api/v1/directory/departments/" + code, Json.createObjectBuilder()
                .add("kind", "EXTERNAL_AGENCY").add("nameZh", "x").add("nameEn", "x").build()).status(), "handlers only read it");
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> departments() {
        return Staff.SUPERVISOR.get("/api/v1/directory/departments").jsonArray().stream().map(JsonValue::asJsonObject)
                .map(d -> d.getString("code")).toList();
    }

    private static jakarta.json.JsonObjectBuilder versioned(JsonObject c) {
        return Json.createObjectBuilder().add("version", c.getJsonNumber("version").longValue());
    }

    /** 400 in the problem format, naming exactly these fields and codes, each with a message in words. */
    private static void assertInvalid(Reply reply, String fieldsInError) {
        assertEquals(400, reply.status(), reply.body());
        assertProblem(reply);
        assertEquals("urn:servicehall:problem:invalidInput", reply.json().getString("type"), reply.body());
        assertEquals(fieldsInError, reply.fieldsInError(), reply.body());
        reply.json().getJsonArray("errors").forEach(e -> assertFalse(e.asJsonObject().getString("message").isBlank(), reply.body()));
    }

    private static void assertProblem(Reply reply) {
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type") + " " + reply.body());
        assertFalse(reply.json().getString("title").isBlank(), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply.body());
    }

    private static void assertNoStackTraceLoggedSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(TestServer.messagesLog());
        String logged = new String(log, (int) offset, log.length - (int) offset, StandardCharsets.UTF_8);
        assertFalse(logged.contains("\tat "), "bad input left a stack trace in the server log:\n" + logged);
    }

    private static long evidenceFiles() throws IOException {
        Path root = TestServer.serverDir().resolve("data").resolve("evidence");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] pdf() {
        return SamplePdf.of("evidence " + System.nanoTime());
    }
}
