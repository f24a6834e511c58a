package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The steps of the staff API that LifecycleIT's walks do not take, each on the real server: a
 * redirection, a corrected registration, possible duplicates confirmed and dismissed, a returned
 * assignment, an extension asked for and decided, an archived case reopened, and urgency and
 * supervision raised — with who may not take them and in which state they are refused, in words.
 */
class CaseStepsIT {

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_complaint_outside_the_remit_is_redirected_to_an_agency_and_may_be_archived() {
        String number = file(uniquePhone(), "想问个税汇算退税什么时候到账。");
        JsonObject c = Staff.RECEPTION.view(number);
        assertRefused(Staff.ZHANG_WEI.post(path(number, "redirection"), versioned(c)
                .add("agencyCode", "TAX_BUREAU").add("explanation", "税务局办理").build()), 403, null);
        Reply unknownAgency = Staff.RECEPTION.post(path(number, "redirection"), versioned(c)
                .add("agencyCode", "NO_SUCH_AGENCY").add("explanation", "x").build());
        assertEquals(400, unknownAgency.status(), unknownAgency.body());
        assertEquals("agencyCode:unknown", unknownAgency.fieldsInError());

        c = Staff.RECEPTION.step(c, "redirection", Json.createObjectBuilder().add("agencyCode", "TAX_BUREAU")
                .add("explanation", "个税退税属于税务部门职责，已告知纳税服务热线。"));
        assertEquals("REDIRECTED", c.getString("status"));
        assertEquals("区税务局纳税服务厅", c.getJsonObject("referral").getString("agencyName"));
        assertTrue(c.getJsonObject("referral").getString("contact").contains("12366"), c.toString());
        assertEquals("wang.fang", c.getString("firstContactOwner"));
        assertEquals("REDIRECTED", last(c).getString("action"));
        assertRefused(Staff.RECEPTION.post(path(number, "acceptance"), versioned(c).build()), 409, "state");

        c = Staff.RECEPTION.step(c, "archive");
        assertEquals("ARCHIVED", c.getString("status"));
    }

    @Test
    void the_registration_is_corrected_until_the_case_goes_to_a_department() {
        String number = file(uniquePhone(), "窗口人员没有一次性告知材料。");
        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance",
                Json.createObjectBuilder().add("serviceStep", "社保转移"));
        assertRefused(Staff.SUN_LI.put(path(number, "registration"), versioned(c).add("serviceStep", "x").build()), 403, null);

        String window = ThreadLocalRandom.current().nextInt(100, 1000) + "号窗口";
        Reply corrected = Staff.RECEPTION.put(path(number, "registration"), versioned(c).add("serviceStep", "社保关系转移接续")
                .add("staffComplainedAbout", window).add("expectedOutcome", "一次性告知材料清单").build());
        assertEquals(200, corrected.status(), corrected.body());
        c = corrected.json();
        assertEquals("社保关系转移接续", c.getJsonObject("registration").getString("serviceStep"));
        assertEquals(window, c.getJsonObject("registration").getString("staffComplainedAbout"));
        assertEquals("一次性告知材料清单", c.getJsonObject("registration").getString("expectedOutcome"));
        // recorded (a duplicate check may follow it, when an earlier complaint named the same window)
        assertTrue(actions(c).contains("REGISTRATION_UPDATED"), actions(c).toString());
        assertEquals("REGISTERED", c.getString("status"), "a correction does not move the case");

        c = Staff.SUPERVISOR.step(c, "triage", triage());
        c = Staff.SUPERVISOR.step(c, "assignment", assignment("SOCIAL_SECURITY", "liu.yang"));
        assertRefused(Staff.RECEPTION.put(path(number, "registration"), versioned(c).add("serviceStep", "迟到的更正").build()),
                409, "state");
        assertEquals("社保关系转移接续", Staff.RECEPTION.view(number).getJsonObject("registration").getString("serviceStep"),
                "the refused correction changed nothing");
    }

    @Test
    void possible_duplicates_are_flagged_at_registration_and_a_clerk_confirms_one_and_dismisses_the_other() {
        String phone = uniquePhone();
        String first = file(phone, "第一次反映：叫号屏不显示号码。");
        String second = file(phone, "第二次反映：叫号屏还是不显示。");
        String third = file(phone, "第三次反映：叫号屏依旧坏着。");

        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(third), "acceptance",
                Json.createObjectBuilder().add("serviceStep", "取号叫号"));
        List<JsonObject> flags = c.getJsonArray("duplicates").getValuesAs(JsonObject.class);
        assertEquals(List.of(first, second), flags.stream().map(f -> f.getString("otherTrackingNumber")).sorted().toList(),
                c.getJsonArray("duplicates").toString());
        assertTrue(flags.stream().allMatch(f -> f.getString("reason").equals("SAME_CONTACT") && f.getString("state").equals("OPEN")),
                flags.toString());
        long confirm = flagAbout(flags, first);
        long dismiss = flagAbout(flags, second);

        assertRefused(Staff.SUN_LI.post(path(third, "duplicates/" + confirm), versioned(c).add("confirmed", true).build()),
                403, null);
        c = Staff.RECEPTION.step(c, "duplicates/" + confirm, Json.createObjectBuilder().add("confirmed", true));
        c = Staff.RECEPTION.step(c, "duplicates/" + dismiss, Json.createObjectBuilder().add("confirmed", false));
        flags = c.getJsonArray("duplicates").getValuesAs(JsonObject.class);
        assertEquals("CONFIRMED", flags.stream().filter(f -> f.getJsonNumber("id").longValue() == confirm).findFirst()
                .orElseThrow().getString("state"));
        JsonObject dismissed = flags.stream().filter(f -> f.getJsonNumber("id").longValue() == dismiss).findFirst().orElseThrow();
        assertEquals("DISMISSED", dismissed.getString("state"));
        assertEquals("wang.fang", dismissed.getString("decidedBy"));
        assertEquals(List.of("DUPLICATE_CONFIRMED", "DUPLICATE_DISMISSED"), actions(c).subList(actions(c).size() - 2, actions(c).size()));

        Reply again = Staff.RECEPTION.post(path(third, "duplicates/" + confirm), versioned(c).add("confirmed", false).build());
        assertRefused(again, 409, "duplicateDecided");
        Reply unknown = Staff.RECEPTION.post(path(third, "duplicates/999999999"), versioned(c).add("confirmed", true).build());
        assertRefused(unknown, 409, "unknownDuplicateFlag");
        assertEquals("没有这个重复标记。", unknown.json().getString("detail"));
    }

    @Test
    void a_department_returns_an_assignment_with_its_reason_and_the_supervisor_assigns_it_again() {
        String number = file(uniquePhone(), "不动产窗口说这事不归他们管。");
        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance",
                Json.createObjectBuilder().add("serviceStep", "不动产登记"));
        c = Staff.SUPERVISOR.step(c, "triage", triage());
        c = Staff.SUPERVISOR.step(c, "assignment", assignment("REAL_ESTATE", "sun.li"));

        // a handler of another department may not even read the case (need to know)
        assertRefused(Staff.LIU_YANG.post(path(number, "return"), versioned(c).add("reason", "不是我们部门").build()),
                403, "forbidden");
        Reply withoutReason = Staff.SUN_LI.post(path(number, "return"), versioned(c).build());
        assertEquals(400, withoutReason.status(), withoutReason.body());
        assertEquals("reason:required", withoutReason.fieldsInError());

        c = Staff.SUN_LI.step(c, "return", Json.createObjectBuilder().add("reason", "涉及社保缴费，属社保医保窗口职责"));
        assertEquals("RETURNED", c.getString("status"));
        assertEquals("涉及社保缴费，属社保医保窗口职责", c.getString("returnReason"));
        assertRefused(Staff.SUN_LI.post(path(number, "sign-for"), versioned(c).build()), 409, "state");

        c = Staff.SUPERVISOR.step(c, "assignment", assignment("SOCIAL_SECURITY", "liu.yang"));
        c = Staff.LIU_YANG.step(c, "sign-for");
        assertEquals("INVESTIGATING", c.getString("status"));
        assertEquals(List.of("ASSIGNED", "RETURNED", "ASSIGNED", "SIGNED_FOR"),
                actions(c).stream().filter(a -> List.of("ASSIGNED", "RETURNED", "SIGNED_FOR").contains(a)).toList());
    }

    @Test
    void more_time_is_asked_for_the_running_stage_and_only_an_approval_moves_the_deadline() {
        String number = file(uniquePhone(), "办件超过承诺时限。");
        JsonObject c = StaffWalk.toSignFor(number);
        Instant due = Instant.parse(c.getString("currentDue"));
        assertEquals("HANDLE", c.getString("currentStage"));

        assertRefused(Staff.SUN_LI.post(path(number, "extensions"), versioned(c).add("requestedDue", due.minus(Duration.ofHours(1)).toString())
                .add("reason", "x").build()), 409, "extensionNotLater");
        Instant wanted = due.plus(Duration.ofDays(3));
        c = Staff.SUN_LI.step(c, "extensions", Json.createObjectBuilder().add("requestedDue", wanted.toString())
                .add("reason", "需等待不动产中心调档"));
        JsonObject asked = c.getJsonArray("extensions").getJsonObject(0);
        assertEquals("PENDING", asked.getString("state"));
        assertEquals("HANDLE", asked.getString("stage"));
        assertEquals(due, Instant.parse(asked.getString("previousDue")));
        assertEquals(due, Instant.parse(c.getString("currentDue")), "asking moves nothing");
        assertRefused(Staff.SUN_LI.post(path(number, "extensions"), versioned(c).add("requestedDue", wanted.plus(Duration.ofDays(1)).toString())
                .add("reason", "再要一天").build()), 409, "extensionPending");
        long first = asked.getJsonNumber("id").longValue();
        assertRefused(Staff.SUN_LI.post(path(number, "extensions/" + first + "/decision"), versioned(c).add("approve", true).build()),
                403, null);

        c = Staff.SUPERVISOR.step(c, "extensions/" + first + "/decision", Json.createObjectBuilder().add("approve", false)
                .add("note", "调档可并行办理"));
        assertEquals("REJECTED", c.getJsonArray("extensions").getJsonObject(0).getString("state"));
        assertEquals("调档可并行办理", c.getJsonArray("extensions").getJsonObject(0).getString("decisionNote"));
        assertEquals(due, Instant.parse(c.getString("currentDue")), "a rejection leaves the deadline");
        assertRefused(Staff.SUPERVISOR.post(path(number, "extensions/" + first + "/decision"), versioned(c).add("approve", true).build()),
                409, "extensionDecided");

        c = Staff.SUN_LI.step(c, "extensions", Json.createObjectBuilder().add("requestedDue", wanted.toString())
                .add("reason", "调档需要不动产中心盖章"));
        long second = c.getJsonArray("extensions").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("state").equals("PENDING")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        c = Staff.SUPERVISOR.step(c, "extensions/" + second + "/decision", Json.createObjectBuilder().add("approve", true));
        assertEquals(wanted, Instant.parse(c.getString("currentDue")), "an approval moves the deadline");
        assertEquals(List.of("EXTENSION_REQUESTED", "EXTENSION_REJECTED", "EXTENSION_REQUESTED", "EXTENSION_APPROVED"),
                actions(c).stream().filter(a -> a.startsWith("EXTENSION_")).toList());
        assertRefused(Staff.SUPERVISOR.post(path(number, "extensions/999999999/decision"), versioned(c).add("approve", true).build()),
                409, "unknownExtension");
    }

    @Test
    void an_archived_case_is_reopened_by_the_supervisor_with_a_reason_and_returns_to_where_it_was() {
        Reply created = Staff.RECEPTION.post("/api/v1/cases", Json.createObjectBuilder()
                .add("channel", "WINDOW").add("categoryCode", "FACILITIES_ENVIRONMENT").add("description", "饮水机没有热水。")
                .add("registration", Json.createObjectBuilder().add("anonymous", true))
                .add("outcome", "RESOLVE_ON_SPOT").add("whatWasDone", "已联系后勤加热。").build());
        assertEquals(201, created.status(), created.body());
        JsonObject c = Staff.RECEPTION.step(created.json(), "archive");
        String number = c.getString("trackingNumber");
        assertEquals("ARCHIVED", c.getString("status"));

        assertRefused(Staff.RECEPTION.post(path(number, "reopening"), versioned(c).add("reason", "复查").build()), 403, null);
        Reply withoutReason = Staff.SUPERVISOR.post(path(number, "reopening"), versioned(c).build());
        assertEquals(400, withoutReason.status(), withoutReason.body());
        assertEquals("reason:required", withoutReason.fieldsInError());

        c = Staff.SUPERVISOR.step(c, "reopening", Json.createObjectBuilder().add("reason", "投诉人反映热水仍未恢复"));
        assertEquals("RESOLVED_ON_SPOT", c.getString("status"), "back to the state it was archived from");
        assertFalse(c.containsKey("archivedAt") && !c.isNull("archivedAt"), c.toString());
        JsonObject reopened = last(c);
        assertEquals("REOPENED", reopened.getString("action"));
        assertTrue(reopened.getString("summary").contains("投诉人反映热水仍未恢复"), reopened.toString());
        assertRefused(Staff.SUPERVISOR.post(path(number, "reopening"), versioned(c).add("reason", "再开一次").build()), 409, "state");
        assertEquals("ARCHIVED", Staff.RECEPTION.step(c, "archive").getString("status"), "and it may be archived again");
    }

    @Test
    void the_supervisor_raises_the_urgency_and_supervises_and_the_first_response_comes_no_later() {
        String number = file(uniquePhone(), "老人在大厅等了三个小时没人接待。");
        JsonObject c = Staff.SUPERVISOR.view(number);
        assertEquals("NORMAL", c.getString("urgency"));
        Instant due = Instant.parse(c.getString("currentDue"));
        assertRefused(Staff.RECEPTION.post(path(number, "urgency"), versioned(c).add("urgency", "URGENT").add("reason", "x").build()),
                403, null);

        c = Staff.SUPERVISOR.step(c, "urgency", Json.createObjectBuilder().add("urgency", "URGENT").add("reason", "老人长时间等候"));
        assertEquals("URGENT", c.getString("urgency"));
        assertFalse(Instant.parse(c.getString("currentDue")).isAfter(due), "the first response is due no later than before");
        assertEquals("NORMAL → URGENT: 老人长时间等候", last(c).getString("summary"));
        Reply lower = Staff.SUPERVISOR.post(path(number, "urgency"), versioned(c).add("urgency", "NORMAL").add("reason", "x").build());
        assertRefused(lower, 409, "urgencyNotHigher");
        assertTrue(lower.json().getString("detail").startsWith("新的紧急程度必须高于当前的"), lower.body());

        c = Staff.SUPERVISOR.step(c, "supervision", Json.createObjectBuilder().add("reason", "督办：当日答复"));
        assertTrue(c.getBoolean("supervised"));
        assertEquals("督办：当日答复", c.getString("supervisionReason"));
        Reply escalated = Staff.SUPERVISOR.get("/api/v1/queues/escalated?q=" + number);
        assertEquals(1, escalated.json().getJsonNumber("total").longValue(), "supervised cases show as escalated: " + escalated.body());
    }

    // ------------------------------------------------------------------ helpers

    /** A complaint filed at the kiosk with its own phone number (duplicates are found by phone). */
    private static String file(String phone, String description) {
        Reply reply = Api.postJson("/api/v1/complaints", Json.createObjectBuilder().add("channel", "KIOSK")
                .add("categoryCode", "SERVICE_ATTITUDE").add("description", description).add("complainantPhone", phone)
                .build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("trackingNumber");
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String path(String number, String step) {
        return "/api/v1/cases/" + number + "/" + step;
    }

    private static JsonObjectBuilder versioned(JsonObject c) {
        return Json.createObjectBuilder().add("version", c.getJsonNumber("version").longValue());
    }

    private static JsonObjectBuilder triage() {
        return Json.createObjectBuilder().add("urgency", "NORMAL").add("severity", "MEDIUM").add("major", false);
    }

    private static JsonObjectBuilder assignment(String department, String handler) {
        return Json.createObjectBuilder().add("departmentCode", department).add("handlerId", handler)
                .add("scope", "核实事实").add("standards", "5个工作日内办结");
    }

    private static long flagAbout(List<JsonObject> flags, String other) {
        return flags.stream().filter(f -> f.getString("otherTrackingNumber").equals(other)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonObject last(JsonObject c) {
        List<JsonObject> history = c.getJsonArray("history").getValuesAs(JsonObject.class);
        return history.get(history.size() - 1);
    }

    private static List<String> actions(JsonObject c) {
        return c.getJsonArray("history").stream().map(JsonValue::asJsonObject).map(h -> h.getString("action")).toList();
    }

    /**
     * A refusal in the problem format, of the kind named (any kind for null: a role the resource
     * does not admit is refused by the container before the step's own rules), said in words in
     * the caller's language (zh-CN here).
     */
    private static void assertRefused(Reply reply, int status, String kind) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        if (kind != null) {
            assertEquals("urn:servicehall:problem:" + kind, reply.json().getString("type"), reply.body());
        }
        String detail = reply.json().getString("detail");
        assertTrue(detail.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                "the detail is said in Chinese: " + detail);
        assertNull(reply.json().get("stackTrace"));
        assertFalse(reply.body().contains("Exception"), reply.body());
    }
}
