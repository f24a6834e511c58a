package it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Browser;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Staff read the cases their work needs (README, "Who may read what"): a handler their
 * department's cases and those they handled, a clerk the cases at the front desk and those they
 * took in, supervisors every case. The rule is the application's, so the API and the screens refuse
 * alike; unmasking needs a reason everywhere; a body that is not JSON is the caller's mistake.
 */
class CaseAccessIT {

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_handler_reads_the_cases_of_their_department_not_those_of_another() {
        String number = file("不动产登记窗口叫号混乱，等了两个小时。");
        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance",
                Json.createObjectBuilder().add("serviceStep", "不动产登记"));
        assertEquals(403, Staff.LIU_YANG.get("/api/v1/cases/" + number).status(),
                "a handler reads no case before it reaches their department");
        c = Staff.SUPERVISOR.step(c, "triage", Json.createObjectBuilder().add("urgency", "NORMAL").add("severity", "LOW")
                .add("major", false));
        c = Staff.SUPERVISOR.step(c, "assignment", Json.createObjectBuilder().add("departmentCode", "REAL_ESTATE")
                .add("handlerId", "sun.li").add("scope", "核实叫号记录").add("standards", "3个工作日"));

        assertEquals(200, Staff.SUN_LI.get("/api/v1/cases/" + number).status(), "the handler");
        assertEquals(200, Staff.ZHANG_WEI.get("/api/v1/cases/" + number).status(), "a colleague of the department");
        Api.Reply other = Staff.LIU_YANG.get("/api/v1/cases/" + number);
        assertEquals(403, other.status(), "a handler of another department: " + other.body());
        assertEquals("urn:servicehall:problem:forbidden", other.json().getString("type"));
        assertTrue(other.json().getString("detail").contains("工作范围"), other.body());
        assertFalse(other.body().contains("叫号混乱"), "nothing of the case");
        assertEquals(403, Staff.LIU_YANG.getHtml("/api/v1/cases/" + number + "/file").status(), "nor its case file");
        assertEquals(403, Staff.LIU_YANG.get("/api/v1/cases/" + number + "/complainant?purpose=x").status());
        JsonObject search = Staff.LIU_YANG.get("/api/v1/queues/ALL?q=" + number).json();
        assertEquals(0, search.getJsonArray("rows").size(), "nor is it found by searching: " + search);
        JsonObject own = Staff.SUN_LI.get("/api/v1/queues/ALL?q=" + number).json();
        assertEquals(1, own.getJsonArray("rows").size(), own.toString());

        c = Staff.SUN_LI.step(c, "sign-for");
        assertEquals("INVESTIGATING", c.getString("status"));
        assertEquals(403, new Staff("li.na").get("/api/v1/cases/" + number).status(),
                "a clerk who did not take it in does not read it while a department has it");
        assertEquals(200, Staff.RECEPTION.get("/api/v1/cases/" + number).status(), "the clerk who took it in does");
        assertEquals(200, Staff.SUPERVISOR.get("/api/v1/cases/" + number).status(), "supervisors read every case");
        assertEquals(403, Staff.ADMIN.get("/api/v1/cases/" + number).status(), "IT reads no case");
    }

    @Test
    void the_case_screen_refuses_a_handler_of_another_department_likewise() throws IOException {
        String number = file("社保窗口以外的投诉：不动产证书打印错误。");
        Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", Json.createObjectBuilder().add("serviceStep", "发证"));
        try (Browser browser = Browser.start(1280, 900)) {
            browser.openFresh("/login.xhtml");
            browser.find(By.id("login:username")).sendKeys(Staff.LIU_YANG.username());
            browser.find(By.id("login:password")).sendKeys(Staff.PASSWORD);
            browser.tap(By.id("login:submit"));
            try {
                browser.await(By.id("whoami"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("login failed at " + browser.driver().getCurrentUrl() + ": "
                        + browser.visibleText() + " " + browser.cspViolations(), e);
            }
            browser.open("/staff/case.xhtml?n=" + number);
            browser.await(By.id("case:missing"));
            assertTrue(browser.visibleText().contains("工作范围"), browser.visibleText());
            assertFalse(browser.driver().getPageSource().contains("证书打印错误"), "nothing of the complaint is shown");
            browser.shot("security-need-to-know");
        }
    }

    @Test
    void unmasking_personal_data_needs_a_reason_over_the_api_too() {
        String number = file("窗口工作人员态度生硬。");
        for (String query : new String[] {"", "?purpose=", "?purpose=%20%20"}) {
            Api.Reply refused = Staff.RECEPTION.get("/api/v1/cases/" + number + "/complainant" + query);
            assertEquals(400, refused.status(), query + ": " + refused.body());
            assertEquals("purpose:required", refused.fieldsInError(), refused.body());
        }
        Api.Reply read = Staff.RECEPTION.get("/api/v1/cases/" + number + "/complainant?purpose="
                + URLEncoder.encode("回访核实", StandardCharsets.UTF_8));
        assertEquals(200, read.status(), read.body());
        assertEquals("13912345678", read.json().getString("phone"));
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request_in_the_callers_language() {
        String number = file("材料退回没有说明理由。");
        for (String body : new String[] {"{not json", "[1, 2]", "\"text\""}) {
            Api.Reply zh = postRaw("/api/v1/cases/" + number + "/acceptance", body, "zh-CN");
            assertEquals(400, zh.status(), body + " → " + zh.body());
            assertTrue(zh.header("Content-Type").startsWith("application/problem+json"), zh.header("Content-Type"));
            assertEquals("urn:servicehall:problem:unreadable", zh.json().getString("type"), zh.body());
            assertTrue(zh.json().getString("detail").contains("JSON"), zh.body());
        }
        // JSON with a field of the wrong type: refused naming the field
        Api.Reply wrongType = postRaw("/api/v1/cases/" + number + "/acceptance", "{\"version\": \"seven\"}", "zh-CN");
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("version", wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"), wrongType.body());
        Api.Reply en = postRaw("/api/v1/cases", "{\"channel\": ", "en");
        assertEquals(400, en.status(), en.body());
        assertTrue(en.json().getString("title").matches("[\\x20-\\x7E]+"), "English: " + en.body());
    }

    private static String file(String description) {
        Api.Reply reply = Api.postJson("/api/v1/complaints", Json.createObjectBuilder().add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", description).add("complainantPhone", "13912345678").build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("trackingNumber");
    }

    private static Api.Reply postRaw(String path, String body, String language) {
        return Api.send(HttpRequest.newBuilder(TestServer.uri(path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (Staff.SUPERVISOR.username() + ":" + Staff.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
