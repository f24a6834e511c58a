package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Complaints walked through the whole process over the staff API, as the reception window, the
 * handlers and the supervisor of the demo hall, on the real server and database.
 */
class LifecycleIT {

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_kiosk_complaint_goes_all_the_way_to_the_archive_with_a_satisfied_complainant() {
        String number = fileAtKiosk("SERVICE_ATTITUDE", "12号窗口工作人员不耐烦，材料要求没讲清楚。");
        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", Json.createObjectBuilder()
                .add("serviceStep", "不动产登记 - 材料审核").add("staffComplainedAbout", "12号窗口")
                .add("expectedOutcome", "说明材料要求并道歉").add("evidenceNote", "现场无材料，可补交排队小票"));
        assertEquals("REGISTERED", c.getString("status"));
        assertEquals("wang.fang", c.getString("firstContactOwner"));
        assertEquals("王芳", c.getString("firstContactName"));

        c = Staff.SUPERVISOR.step(c, "triage", triage("NORMAL", false));
        assertEquals("TRIAGED", c.getString("status"));
        c = Staff.SUPERVISOR.step(c, "assignment", assignment("REAL_ESTATE", "sun.li"));
        assertEquals("ASSIGNED", c.getString("status"));
        assertEquals("SIGN_FOR", c.getString("currentStage"));
        assertTrue(c.getBoolean("firstContactAccountable"), "the first-contact owner answers until sign-for");

        c = Staff.SUN_LI.step(c, "sign-for");
        assertEquals("INVESTIGATING", c.getString("status"));
        assertFalse(c.getBoolean("firstContactAccountable"));
        c = Staff.SUN_LI.step(c, "notes", Json.createObjectBuilder().add("kind", "INTERVIEW").add("text", "与当事工作人员谈话。"));
        c = Staff.SUN_LI.step(c, "finding", Json.createObjectBuilder().add("outcome", "SUBSTANTIATED")
                .add("substantiatedParts", "未一次性告知材料要求").add("cause", "STAFF_ERROR").add("basis", "谈话笔录、监控"));
        c = Staff.SUN_LI.step(c, "plan", plan());
        assertEquals("IMPLEMENTING", c.getString("status"), "a normal, non-major plan needs no approval");
        c = Staff.SUN_LI.step(c, "measures", Json.createObjectBuilder().add("kind", "APOLOGY").add("details", "电话道歉"));
        c = Staff.SUN_LI.step(c, "handling-completion");
        assertEquals("AWAITING_FEEDBACK", c.getString("status"));
        c = Staff.SUN_LI.step(c, "feedback", feedback("SATISFIED"));
        assertEquals("CLOSED", c.getString("status"));
        c = Staff.SUPERVISOR.step(c, "archive");
        assertEquals("ARCHIVED", c.getString("status"));

        Reply frozen = Staff.SUPERVISOR.post("/api/v1/cases/" + number + "/supervision",
                Json.createObjectBuilder().add("version", c.getJsonNumber("version").longValue()).add("reason", "x").build());
        assertEquals(409, frozen.status(), "an archived case is frozen");
        assertTrue(frozen.json().getString("detail").contains("归档"), frozen.body());

        List<String> actions = c.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("action")).toList();
        assertEquals(List.of("FILED", "ACCEPTED", "TRIAGED", "ASSIGNED", "SIGNED_FOR", "NOTE_ADDED", "FINDING_RECORDED",
                "PLAN_PROPOSED", "MEASURE_RECORDED", "HANDLING_COMPLETED", "FEEDBACK_GIVEN", "ARCHIVED"),
                actions.stream().filter(a -> !a.startsWith("DUPLICATE")).toList());
        assertEquals(4, c.getJsonArray("deadlines").size(), "every stage had a deadline");

        Reply file = Staff.SUPERVISOR.getHtml("/api/v1/cases/" + number + "/file");
        assertEquals(200, file.status());
        assertTrue(file.body().contains("投诉案卷") && file.body().contains(number), "the case file is one document");
        assertTrue(file.body().contains("未一次性告知材料要求") && file.body().contains("电话道歉"), file.body());
    }

    @Test
    void markup_in_a_complaint_is_text_in_the_case_file() {
        String number = fileAtKiosk("SERVICE_ATTITUDE", "<script>alert('x')</script><b>粗体</b>");
        Reply file = Staff.SUPERVISOR.getHtml("/api/v1/cases/" + number + "/file");
        assertFalse(file.body().contains("<script>alert"), file.body());
        assertTrue(file.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), file.body());
    }

    @Test
    void a_window_complaint_is_resolved_on_the_spot_and_still_counted() {
        Reply created = Staff.RECEPTION.post("/api/v1/cases", Json.createObjectBuilder()
                .add("channel", "WINDOW").add("categoryCode", "FACILITIES_ENVIRONMENT")
                .add("description", "等候区饮水机没有水。")
                .add("registration", Json.createObjectBuilder().add("complainantName", "王小明").add("complainantPhone", "13700001111"))
                .add("outcome", "RESOLVE_ON_SPOT").add("whatWasDone", "当场联系保洁换水并致歉。").build());
        assertEquals(201, created.status(), created.body());
        JsonObject c = created.json();
        assertEquals("RESOLVED_ON_SPOT", c.getString("status"));
        assertEquals("当场联系保洁换水并致歉。", c.getString("onSpotResolution"));
        assertEquals("wang.fang", c.getString("firstContactOwner"));
        assertTrue(c.getString("trackingNumber").matches("TS-\\d{8}-\\d{5,6}"), "numbered like every complaint");
        assertEquals("王**", c.getJsonObject("complainant").getString("name"));
        assertEquals("137****1111", c.getJsonObject("complainant").getString("phone"));

        JsonObject report = Staff.SUPERVISOR.get("/api/v1/statistics?from=" + TestServer.hallToday().minusDays(2) + "&to="
                + TestServer.hallToday().plusDays(2)).json();
        assertTrue(report.getJsonNumber("resolvedOnSpot").longValue() >= 1, report.toString());
    }

    @Test
    void an_out_of_remit_complaint_is_redirected_with_the_agency_contact() {
        Reply created = Staff.RECEPTION.post("/api/v1/cases", Json.createObjectBuilder()
                .add("channel", "PHONE_HOTLINE").add("categoryCode", "POLICY_CONSULTATION")
                .add("description", "个税汇算退税一直没到账。")
                .add("registration", Json.createObjectBuilder().add("anonymous", true))
                .add("outcome", "REDIRECT").add("agencyCode", "TAX_BUREAU")
                .add("explanation", "个税退税属于税务部门职责，已告知纳税服务热线和地址。").build());
        assertEquals(201, created.status(), created.body());
        JsonObject c = created.json();
        assertEquals("REDIRECTED", c.getString("status"));
        assertEquals("区税务局纳税服务厅", c.getJsonObject("referral").getString("agencyName"));
        assertTrue(c.getJsonObject("referral").getString("contact").contains("12366"), c.toString());

        Reply unknown = Staff.RECEPTION.post("/api/v1/cases", Json.createObjectBuilder()
                .add("channel", "WINDOW").add("categoryCode", "POLICY_CONSULTATION").add("description", "x")
                .add("outcome", "REDIRECT").add("agencyCode", "NO_SUCH_AGENCY").add("explanation", "y").build());
        assertEquals(400, unknown.status());
        assertEquals("agencyCode:unknown", unknown.fieldsInError());
    }

    @Test
    void an_emergency_complaint_needs_the_supervisors_approval_of_its_plan() {
        String number = fileAtKiosk("BUSINESS_HANDLING", "办理退休审核时系统反复出错，老人已经来了五次。");
        JsonObject c = accept(number);
        c = Staff.SUPERVISOR.step(c, "triage", Json.createObjectBuilder().add("urgency", "EMERGENCY").add("severity", "HIGH")
                .add("adverseImpact", true).add("emergencyStarted", true).add("alerted", "中心主任、社保科科长"));
        assertEquals("EMERGENCY", c.getString("urgency"));
        c = Staff.SUPERVISOR.step(c, "assignment", assignment("SOCIAL_SECURITY", "liu.yang"));
        c = Staff.LIU_YANG.step(c, "sign-for");
        c = Staff.LIU_YANG.step(c, "finding", Json.createObjectBuilder().add("outcome", "SUBSTANTIATED")
                .add("substantiatedParts", "系统故障导致重复跑腿").add("cause", "SYSTEM_OR_FACILITY_FAULT").add("basis", "系统日志"));
        c = Staff.LIU_YANG.step(c, "plan", plan());
        assertEquals("AWAITING_APPROVAL", c.getString("status"));

        Reply byHandler = Staff.LIU_YANG.post("/api/v1/cases/" + number + "/plan/approval",
                Json.createObjectBuilder().add("version", c.getJsonNumber("version").longValue()).add("approve", true).build());
        assertEquals(403, byHandler.status(), "only a supervisor approves: " + byHandler.body());

        c = Staff.SUPERVISOR.step(c, "plan/approval", Json.createObjectBuilder().add("approve", false).add("reason", "需写明补办时限"));
        assertEquals("DECIDED", c.getString("status"));
        c = Staff.LIU_YANG.step(c, "plan", plan());
        c = Staff.SUPERVISOR.step(c, "plan/approval", Json.createObjectBuilder().add("approve", true));
        assertEquals("IMPLEMENTING", c.getString("status"));
        assertEquals("zhao.min", c.getJsonObject("plan").getString("approvedBy"));
        Reply overdueQueue = Staff.SUPERVISOR.get("/api/v1/queues/escalated?q=" + number);
        assertEquals(1, overdueQueue.json().getJsonNumber("total").longValue(), "emergencies show as escalated");
    }

    @Test
    void a_dissatisfied_complainant_appeals_and_another_handler_re_examines_before_archiving() {
        String number = fileAtKiosk("SERVICE_ATTITUDE", "医保窗口工作人员态度冷淡。");
        JsonObject c = accept(number);
        c = Staff.SUPERVISOR.step(c, "triage", triage("NORMAL", false));
        c = Staff.SUPERVISOR.step(c, "assignment", assignment("SOCIAL_SECURITY", "liu.yang"));
        c = Staff.LIU_YANG.step(c, "sign-for");
        c = Staff.LIU_YANG.step(c, "finding", Json.createObjectBuilder().add("outcome", "NOT_SUBSTANTIATED")
                .add("cause", "POLICY_MISUNDERSTANDING").add("basis", "监控显示工作人员已耐心解释"));
        c = Staff.LIU_YANG.step(c, "plan", plan());
        c = Staff.LIU_YANG.step(c, "measures", Json.createObjectBuilder().add("kind", "EXPLANATION_GIVEN").add("details", "再次解释政策"));
        c = Staff.LIU_YANG.step(c, "handling-completion");

        Reply noRoute = Staff.LIU_YANG.post("/api/v1/cases/" + number + "/feedback", feedback("DISSATISFIED")
                .add("version", c.getJsonNumber("version").longValue()).add("appealRouteExplained", false).build());
        assertEquals(409, noRoute.status(), "the appeal route must be explained to a dissatisfied complainant");

        c = Staff.LIU_YANG.step(c, "feedback", feedback("DISSATISFIED"));
        c = Staff.RECEPTION.step(c, "appeal", Json.createObjectBuilder().add("reason", "认为没有核实清楚"));
        assertEquals("APPEALED", c.getString("status"));
        assertEquals(1, c.getInt("appealRound"));

        Reply sameHandler = Staff.SUPERVISOR.post("/api/v1/cases/" + number + "/assignment",
                assignment("SOCIAL_SECURITY", "liu.yang").add("version", c.getJsonNumber("version").longValue()).build());
        assertEquals(409, sameHandler.status());
        assertTrue(sameHandler.json().getString("detail").contains("首次承办人以外"), sameHandler.body());

        c = Staff.SUPERVISOR.step(c, "assignment", assignment("SOCIAL_SECURITY", "chen.jing"));
        c = Staff.CHEN_JING.step(c, "sign-for");
        c = Staff.CHEN_JING.step(c, "finding", Json.createObjectBuilder().add("outcome", "PARTLY_SUBSTANTIATED")
                .add("substantiatedParts", "解释不够耐心").add("cause", "STAFF_ERROR").add("basis", "复核谈话"));
        c = Staff.CHEN_JING.step(c, "plan", plan());
        c = Staff.CHEN_JING.step(c, "measures", Json.createObjectBuilder().add("kind", "STAFF_EDUCATED").add("details", "对当事人进行教育"));
        c = Staff.CHEN_JING.step(c, "handling-completion");
        c = Staff.CHEN_JING.step(c, "feedback", feedback("SATISFIED"));
        c = Staff.SUPERVISOR.step(c, "archive");
        assertEquals("ARCHIVED", c.getString("status"));
        assertEquals("chen.jing", c.getJsonObject("assignment").getString("handlerId"));
        long assignments = c.getJsonArray("history").stream()
                .filter(h -> "ASSIGNED".equals(h.asJsonObject().getString("action"))).count();
        assertEquals(2, assignments, "both rounds stay in the history");
    }

    @Test
    void of_two_clerks_acting_on_the_same_version_the_second_is_told_who_changed_it() {
        String number = fileAtKiosk("FACILITIES_ENVIRONMENT", "自助取号机坏了。");
        JsonObject seenByBoth = Staff.RECEPTION.view(number);
        long version = seenByBoth.getJsonNumber("version").longValue();

        Reply first = Staff.RECEPTION.post("/api/v1/cases/" + number + "/acceptance",
                Json.createObjectBuilder().add("version", version).add("serviceStep", "取号").build());
        Reply second = Staff.SUPERVISOR.post("/api/v1/cases/" + number + "/on-spot-resolution",
                Json.createObjectBuilder().add("version", version).add("whatWasDone", "已报修").build());

        assertEquals(200, first.status(), first.body());
        assertEquals(409, second.status(), second.body());
        assertEquals("urn:servicehall:problem:conflict", second.json().getString("type"));
        assertTrue(second.json().getString("detail").contains("wang.fang"), second.body());
        assertEquals("REGISTERED", Staff.SUPERVISOR.view(number).getString("status"), "the first change was not lost");
    }

    @Test
    void of_two_updates_racing_on_one_version_exactly_one_wins() throws Exception {
        String number = fileAtKiosk("FACILITIES_ENVIRONMENT", "空调太冷。");
        long version = Staff.RECEPTION.view(number).getJsonNumber("version").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> accept = () -> Staff.RECEPTION.post("/api/v1/cases/" + number + "/acceptance",
                    Json.createObjectBuilder().add("version", version).build()).status();
            Callable<Integer> resolve = () -> Staff.SUPERVISOR.post("/api/v1/cases/" + number + "/on-spot-resolution",
                    Json.createObjectBuilder().add("version", version).add("whatWasDone", "已调高温度").build()).status();
            List<Future<Integer>> results = pool.invokeAll(List.of(accept, resolve));
            List<Integer> statuses = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().collect(Collectors.toList());
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void roles_and_recusal_are_enforced_on_the_server() {
        String number = fileAtKiosk("SERVICE_ATTITUDE", "12号窗口的张伟态度不好。");
        assertEquals(401, Api.get("/api/v1/cases/" + number).status(), "anonymous callers see no case");

        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", Json.createObjectBuilder()
                .add("staffComplainedAbout", "12号窗口 张伟").add("staffComplainedAboutId", "zhang.wei"));
        Reply handlerTriage = Staff.SUN_LI.post("/api/v1/cases/" + number + "/triage",
                triage("NORMAL", false).add("version", c.getJsonNumber("version").longValue()).build());
        assertEquals(403, handlerTriage.status(), "a handler may not classify");

        Reply ownCase = Staff.ZHANG_WEI.get("/api/v1/cases/" + number);
        assertEquals(403, ownCase.status(), "the staff member complained about cannot open the case");
        Reply inQueue = Staff.ZHANG_WEI.get("/api/v1/queues/all?q=" + number);
        assertEquals(0, inQueue.json().getJsonNumber("total").longValue(), "nor find it in a queue");

        c = Staff.SUPERVISOR.step(c, "triage", triage("NORMAL", false));
        Reply toHimself = Staff.SUPERVISOR.post("/api/v1/cases/" + number + "/assignment",
                assignment("REAL_ESTATE", "zhang.wei").add("version", c.getJsonNumber("version").longValue()).build());
        assertEquals(403, toHimself.status(), "nor be assigned to it");

        assertEquals(403, Staff.ADMIN.get("/api/v1/cases/" + number).status(), "IT staff do not read complaints");
    }

    @Test
    void personal_data_is_masked_and_every_unmasked_read_is_audited() {
        String phone = uniquePhone();
        String number = fileAtKiosk("BUSINESS_HANDLING", "预约后仍然排队两小时。", phone);
        JsonObject c = Staff.SUPERVISOR.view(number);
        assertEquals("139****" + phone.substring(7), c.getJsonObject("complainant").getString("phone"));
        assertTrue(c.getJsonObject("complainant").getBoolean("masked"));

        Reply unmasked = Staff.RECEPTION.get("/api/v1/cases/" + number + "/complainant?purpose=callback");
        assertEquals(200, unmasked.status());
        assertEquals(phone, unmasked.json().getString("phone"));
        assertEquals(403, Staff.SUN_LI.get("/api/v1/cases/" + number + "/complainant").status(),
                "a handler outside the assigned department may not unmask");
    }

    @Test
    void queues_search_and_statistics_answer_from_the_database() {
        String phone = uniquePhone();
        String number = fileAtKiosk("POLICY_CONSULTATION", "公积金提取政策两个窗口 answers differ 说法不一", phone);
        Reply fresh = Staff.RECEPTION.get("/api/v1/queues/new?q=" + number);
        assertEquals(1, fresh.json().getJsonNumber("total").longValue(), fresh.body());
        assertEquals(number, fresh.json().getJsonArray("rows").getJsonObject(0).getString("trackingNumber"));

        Reply byPhone = Staff.RECEPTION.get("/api/v1/queues/all?q=" + phone);
        assertTrue(byPhone.json().getJsonArray("rows").stream()
                .anyMatch(r -> number.equals(r.asJsonObject().getString("trackingNumber"))), byPhone.body());
        Reply byWords = Staff.RECEPTION.get("/api/v1/queues/all?q=" + java.net.URLEncoder.encode("公积金 说法不一 differ",
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(byWords.json().getJsonArray("rows").stream()
                .anyMatch(r -> number.equals(r.asJsonObject().getString("trackingNumber"))), byWords.body());
        // the acceptance's texts are found too, and a later step that changes no text keeps them
        String stepWord = "counter" + phone.substring(phone.length() - 8);
        JsonObject accepted = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance",
                Json.createObjectBuilder().add("serviceStep", "公积金提取 " + stepWord));
        Staff.SUPERVISOR.step(accepted, "triage", triage("NORMAL", false));
        Reply byStepWord = Staff.RECEPTION.get("/api/v1/queues/all?q=" + stepWord);
        assertEquals(1, byStepWord.json().getJsonNumber("total").longValue(), byStepWord.body());
        assertEquals(number, byStepWord.json().getJsonArray("rows").getJsonObject(0).getString("trackingNumber"));
        Reply noMatch = Staff.RECEPTION.get("/api/v1/queues/all?q=" + java.net.URLEncoder.encode("火星移民",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, noMatch.json().getJsonNumber("total").longValue());

        Reply badQueue = Staff.RECEPTION.get("/api/v1/queues/everything");
        assertEquals(400, badQueue.status());

        JsonObject report = Staff.SUPERVISOR.get("/api/v1/statistics?from=" + TestServer.hallToday().minusDays(1)
                + "&to=" + TestServer.hallToday().plusDays(1)).json();
        assertTrue(report.getJsonNumber("total").longValue() >= 1);
        assertNotNull(report.getJsonObject("onTimeRate").get("ACKNOWLEDGE"));
        assertEquals(403, Staff.RECEPTION.get("/api/v1/statistics?from=2026-01-01&to=2026-01-31").status());
    }

    @Test
    void improvement_actions_are_raised_from_complaints_and_tracked_to_closure() {
        String number = fileAtKiosk("FACILITIES_ENVIRONMENT", "无障碍通道被杂物堵住。");
        Reply raised = Staff.SUPERVISOR.post("/api/v1/improvements", Json.createObjectBuilder()
                .add("title", "无障碍通道日常巡查").add("description", "每日两次巡查并记录")
                .add("owner", "zhou.qiang").add("dueOn", TestServer.hallToday().plusDays(14).toString())
                .add("cases", Json.createArrayBuilder().add(number)).build());
        assertEquals(201, raised.status(), raised.body());
        long id = raised.json().getJsonNumber("id").longValue();

        Reply progress = new Staff("zhou.qiang").post("/api/v1/improvements/" + id + "/progress",
                Json.createObjectBuilder().add("text", "已安排保安巡查").build());
        assertEquals("IN_PROGRESS", progress.json().getString("status"), progress.body());
        Reply closed = Staff.SUPERVISOR.post("/api/v1/improvements/" + id + "/closure",
                Json.createObjectBuilder().add("text", "巡查制度已建立").add("done", true).build());
        assertEquals("DONE", closed.json().getString("status"));
        assertEquals(List.of(number), closed.json().getJsonArray("cases").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
    }

    // ---------------------------------------------------------------- helpers

    /** Files at the kiosk with a phone number of its own (the database outlives test runs). */
    private static String fileAtKiosk(String category, String description) {
        return fileAtKiosk(category, description, uniquePhone());
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String fileAtKiosk(String category, String description, String phone) {
        // only a logged-in staff member may name the channel over the API
        Reply reply = Staff.RECEPTION.post("/api/v1/complaints", Json.createObjectBuilder().add("channel", "KIOSK")
                .add("categoryCode", category).add("description", description).add("complainantPhone", phone)
                .build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("trackingNumber");
    }

    private static JsonObject accept(String number) {
        return Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance",
                Json.createObjectBuilder().add("serviceStep", "窗口办理"));
    }

    private static JsonObjectBuilder triage(String urgency, boolean major) {
        return Json.createObjectBuilder().add("urgency", urgency).add("severity", "MEDIUM").add("major", major);
    }

    private static JsonObjectBuilder assignment(String department, String handler) {
        return Json.createObjectBuilder().add("departmentCode", department).add("handlerId", handler)
                .add("scope", "核实事实，调取监控，与当事人谈话").add("standards", "客观公正，5个工作日内办结");
    }

    private static JsonObjectBuilder plan() {
        return Json.createObjectBuilder().add("measures", "向投诉人道歉；纠正操作").add("responsible", "科长")
                .add("dueOn", TestServer.hallToday().plusDays(3).toString());
    }

    private static JsonObjectBuilder feedback(String satisfaction) {
        return Json.createObjectBuilder().add("method", "PHONE").add("content", "告知核实结果、依据和处理措施")
                .add("opinion", "投诉人表示知悉").add("satisfaction", satisfaction).add("appealRouteExplained", true);
    }
}
