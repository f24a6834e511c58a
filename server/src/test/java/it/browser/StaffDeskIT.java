package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Browser;
import it.support.KioskSteps;
import it.support.Staff;
import it.support.TestServer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff screens as clerks, handlers and the supervisor use them: login and the role
 * refusals, the reception window's three first responses with the printed receipt, the work
 * queues, and a kiosk complaint walked through every step of the case screen to the archive,
 * including a dissatisfied complainant's appeal and a second handler. Screenshots of every
 * screen land in target/screenshots/staff-*.png.
 */
class StaffDeskIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        TestServer.awaitReady();
        browser = Browser.start(1440, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login_and_back_to_the_page_asked_for() throws IOException {
        browser.openFresh("/staff/queues.xhtml?queue=ALL");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
        browser.shot("staff-01-login");

        type("login:username", Staff.SUPERVISOR.username());
        type("login:password", "wrong-password");
        browser.tapAndLoad(By.id("login:submit"));
        assertTrue(browser.visibleText().contains("用户名或密码不正确"), browser.visibleText());
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));

        type("login:password", Staff.PASSWORD);
        browser.tapAndLoad(By.id("login:submit"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/staff/queues.xhtml?queue=ALL"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("whoami")).getText().contains("赵敏"));

        browser.tapAndLoad(By.id("user:logout"));
        assertTrue(browser.visibleText().contains("您已安全退出"), browser.visibleText());
        browser.open("/staff/queues.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "after logout the staff area is closed again");
    }

    @Test
    void a_handler_opening_the_reception_window_gets_403_on_the_page_and_on_the_api() throws IOException {
        login(Staff.ZHANG_WEI);
        assertTrue(browser.driver().getCurrentUrl().contains("/staff/queues.xhtml?queue=MINE"), "a handler starts at their own queue");
        browser.open("/staff/window.xhtml");
        assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"));
        browser.shot("staff-02-forbidden");
        browser.open("/staff/dashboard.xhtml");
        assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"), "the supervisor's dashboard is not theirs");
        browser.open("/staff/dashboard.xhtml;x=1");
        assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"), "nor behind a path parameter");
        browser.open("/staff//window.xhtml");
        assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"), "nor behind a doubled slash");
        assertFalse(browser.present(By.id("navDashboard")), "nor is it offered to them");
        assertEquals(403, Staff.ZHANG_WEI.get("/api/v1/statistics").status(), "and the API refuses the supervisor's figures");
    }

    @Test
    void a_walk_in_complaint_is_resolved_on_the_spot_and_its_receipt_printed() throws Exception {
        login(Staff.RECEPTION);
        assertTrue(browser.driver().getCurrentUrl().contains("/staff/window.xhtml"), "reception starts at the window");
        choose("window:categoryCode", "SERVICE_ATTITUDE");
        type("window:description", "窗口人员说话不耐烦，没有一次性告知所需材料。");
        type("window:complainantName", "李四");
        type("window:complainantPhone", "13912345678");
        type("window:staffComplainedAbout", "3号窗口");
        radio("window:outcome", 1);
        type("window:whatWasDone", "值班长当场道歉，并一次性告知所需材料清单。");
        browser.shot("staff-03-window-form");
        browser.tap(By.id("window:submit"));

        String number = browser.find(By.id("trackingNumber")).getText();
        assertTrue(number.matches("TS-\\d{8}-\\d{5}"), number);
        assertEquals("当场办结", browser.find(By.id("status")).getText());
        assertEquals("王芳", browser.find(By.id("owner")).getText(), "the receipt names who answers for it");
        assertTrue(browser.find(By.id("resolution")).getText().contains("当场道歉"));
        String code = browser.find(By.id("queryCode")).getText().strip();
        assertTrue(code.matches("\\d{6}"), "the receipt gives the complainant a query code: " + code);
        assertEquals(200, Api.status(number, code).status(), "and it opens the complaint's status");
        browser.shot("staff-04-window-receipt");
        browser.printShot("staff-05-window-receipt-print");
        assertEquals("RESOLVED_ON_SPOT", Staff.RECEPTION.view(number).getString("status"));

        browser.tap(By.id("done:open"));
        assertEquals("139****5678", browser.find(By.id("personPhone")).getText(), "personal data is masked at first");
        type("case:purpose", "回访投诉人");
        browser.tap(By.id("case:unmask"));
        browser.awaitText(By.id("personPhone"), "13912345678");
        assertEquals("李四", browser.find(By.id("personName")).getText(), "and shown in full after a reason, on record");
        browser.shot("staff-04b-case-unmasked");
        browser.tap(By.id("caseFile"));
        var tabs = new java.util.ArrayList<>(browser.driver().getWindowHandles());
        browser.driver().switchTo().window(tabs.get(tabs.size() - 1));
        assertTrue(browser.visibleText().contains(number), "the case file opens for printing");
        browser.driver().close();
        browser.driver().switchTo().window(tabs.get(0));

        java.nio.file.Path downloads = downloads();
        browser.tap(By.id("caseFilePdf"));
        byte[] pdf = java.nio.file.Files.readAllBytes(awaitDownload(downloads, ".pdf"));
        String text = it.support.PdfText.of(pdf);
        assertTrue(text.contains(number) && text.contains("139****5678"), "the PDF case file: " + text);
        assertFalse(text.contains("13912345678"), "masked in the PDF too: unmasking on screen is for the screen only");
        assertFalse(text.contains(code), "the query code is in no case file");

        // the complainant lost the receipt: a new code, shown once, and the old one stops working
        assertFalse(browser.present(By.id("queryCode")), "the case screen shows no code until one is reissued");
        step("reissueQueryCode", Map.of("reissueQueryCode_reason", "核对身份证"));
        String fresh = browser.find(By.id("queryCode")).getText().strip();
        assertTrue(fresh.matches("\\d{6}") && !fresh.equals(code), fresh);
        browser.shot("staff-04c-case-code-reissued");
        assertEquals(200, Api.status(number, fresh).status());
        assertEquals(404, Api.status(number, code).status());
        assertTrue(browser.find(By.id("case:history")).getText().contains("补发查询码"), "on record in the history");
        openCase(number);
        assertFalse(browser.present(By.id("queryCode")), "shown only in the answer that handed it over");
    }

    @Test
    void the_window_hints_at_open_complaints_about_the_same_staff_member_in_the_same_category() throws IOException {
        String named = "7号窗口 " + System.nanoTime() % 1_000_000;
        String aboutZhangWei = acceptedAbout("SERVICE_ATTITUDE", "张伟办理时态度生硬。", jakarta.json.Json.createObjectBuilder()
                .add("serviceStep", "不动产登记").add("staffComplainedAboutId", "zhang.wei"));
        String aboutNamedWindow = acceptedAbout("FACILITIES_ENVIRONMENT", "窗口的叫号屏坏了。", jakarta.json.Json.createObjectBuilder()
                .add("serviceStep", "叫号").add("staffComplainedAbout", named));

        login(Staff.RECEPTION);
        chooseAndChange("window:categoryCode", "SERVICE_ATTITUDE");
        assertFalse(duplicates().contains(aboutZhangWei), "a category alone is no hint");
        chooseAndChange("window:staffComplainedAboutId", "zhang.wei");
        awaitDuplicates(text -> text.contains(aboutZhangWei));
        assertTrue(duplicates().contains("30 天内同一人员、同一类别"), "the hint says why: " + duplicates());
        browser.shot("staff-20-window-duplicates");
        chooseAndChange("window:categoryCode", "FACILITIES_ENVIRONMENT");
        awaitDuplicates(text -> !text.contains(aboutZhangWei));

        chooseAndChange("window:staffComplainedAboutId", "");
        WebElement staffField = browser.find(By.id("window:staffComplainedAbout"));
        staffField.sendKeys(named);
        awaitDuplicates(text -> text.contains(aboutNamedWindow));
        assertEquals(named, browser.find(By.id("window:staffComplainedAbout")).getAttribute("value"),
                "what the clerk typed stays while the hints come and go");
    }

    private static void awaitDuplicates(java.util.function.Predicate<String> shown) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> shown.test(duplicates()));
    }

    private static String duplicates() {
        return browser.driver().findElement(By.id("window:duplicates")).getText();
    }

    /**
     * A citizen files at the hall's kiosk in the browser, as KioskBrowserIT does: a category tile,
     * on past the common problems, the description typed in, anonymously; returns the receipt's number.
     */
    private static String fileAtKiosk(String category, String description) throws IOException {
        KioskSteps kiosk = new KioskSteps(browser).withoutPhotographs();
        kiosk.start("?terminal=IT-K01");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-" + category));
        browser.await(By.cssSelector("form.step-PROBLEM"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.await(By.cssSelector("form.step-DETAILS"));
        browser.find(By.id("wizard:description")).sendKeys(description);
        while (browser.present(By.cssSelector("form.step-DETAILS"))) {
            browser.tap(By.id("wizard:nextFromDetails"));
        }
        browser.await(By.cssSelector("form.step-CONTACT"));
        browser.tap(By.id("wizard:anonymous"));
        browser.await(By.cssSelector("form.step-REVIEW"));
        assertTrue(browser.find(By.id("reviewDescription")).getText().contains(description), "the citizen checks what was typed");
        browser.tap(By.id("wizard:submit"));
        String number = kiosk.receipt().number();
        browser.shot("staff-08a-kiosk-receipt");
        return number;
    }

    /** A kiosk complaint accepted at the window with the given registration: open, with its staff member on record. */
    private static String acceptedAbout(String category, String description, jakarta.json.JsonObjectBuilder registration) {
        String number = Api.fileAnonymously(category, description);
        Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", registration);
        return number;
    }

    @Test
    void a_complaint_filed_at_a_kiosk_appears_on_the_open_window_without_reloading() throws IOException {
        login(Staff.RECEPTION);
        browser.await(By.id("live:arrivals"));
        browser.script("window.__sameDocument = true;");
        String number = Api.fileAnonymously("FACILITIES_ENVIRONMENT", "自助终端测试：大厅空调太冷。");
        // the panel is drawn anew when the push arrives: an element found just before may be gone
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("live:arrivals")).getText().contains(number));
        assertEquals(Boolean.TRUE, browser.script("return window.__sameDocument === true;"), "pushed, not reloaded");
        browser.shot("staff-18-window-arrival");
    }

    @Test
    void an_out_of_remit_complaint_is_redirected_and_the_agency_contact_shown_for_printing() throws IOException {
        login(Staff.RECEPTION);
        choose("window:categoryCode", "OTHER");
        type("window:description", "想咨询个税汇算清缴退税进度。");
        type("window:complainantPhone", "13700001111");
        radio("window:outcome", 2);
        choose("window:agencyCode", "TAX_BUREAU");
        type("window:explanation", "个税业务由税务局办理");
        browser.tap(By.id("window:submit"));
        assertEquals("已引导至其他部门", browser.find(By.id("status")).getText());
        assertTrue(browser.find(By.id("contact")).getText().contains("12366"), browser.find(By.id("contact")).getText());
        browser.shot("staff-06-window-redirect");
    }

    @Test
    void a_refused_registration_says_why_next_to_the_field_and_keeps_what_was_typed() throws IOException {
        login(Staff.RECEPTION);
        type("window:description", "只写了内容，没有选类别。");
        browser.tap(By.id("window:submit"));
        // the message next to the category field, not the field's label (which always says 类别)
        String beside = browser.find(By.xpath("//div[contains(@class,'field')][.//*[@id='window:categoryCode']]"
                + "//*[contains(@class,'ui-message-error')]")).getText();
        assertTrue(beside.contains("请选择投诉类别"), beside);
        assertEquals("只写了内容，没有选类别。", browser.find(By.id("window:description")).getAttribute("value"));
        browser.shot("staff-07-window-refused");
    }

    @Test
    void a_kiosk_complaint_walks_every_step_to_the_archive_with_an_appeal_and_a_second_handler() throws IOException {
        String script = "<script>window.__injected = true;</script><b>粗体</b>";
        String number = fileAtKiosk("SERVICE_ATTITUDE", "医保窗口工作人员态度冷淡。" + script);

        login(Staff.RECEPTION);
        openCase(number);
        assertTrue(browser.find(By.id("description")).getText().contains(script), "complaint text shows as text");
        assertEquals(null, browser.script("return window.__injected;"), "and never runs");
        step("accept", Map.of("accept_serviceStep", "医保报销"));
        browser.shot("staff-08-case-accepted");

        login(Staff.SUPERVISOR);
        // searched within the queue: its first page holds the oldest of however many the database has
        browser.open("/staff/queues.xhtml?queue=UNASSIGNED&q=" + number);
        assertTrue(browser.find(By.id("queue:rows")).getText().contains(number), "the supervisor finds it unassigned");
        browser.shot("staff-09-queue-unassigned");
        openCase(number);
        step("triage", Map.of("triage_urgency", "NORMAL", "triage_severity", "MEDIUM"));
        step("assign", Map.of("assign_department", "SOCIAL_SECURITY", "assign_handler", "liu.yang", "assign_scope", "核实接待过程"));
        browser.shot("staff-10-case-assigned");

        login(Staff.LIU_YANG);
        browser.open("/staff/queues.xhtml?queue=MINE&q=" + number);
        assertTrue(browser.find(By.id("queue:rows")).getText().contains(number), "the handler finds it in their queue");
        browser.shot("staff-11-queue-mine");
        openCase(number);
        step("signFor", Map.of());
        step("addNote", Map.of("addNote_kind", "CCTV_REVIEWED", "addNote_text", "调阅当日监控，接待过程约三分钟。"));
        type("case:addEvidence_description", "监控截图");
        browser.find(By.id("case:addEvidence_description")).sendKeys(org.openqa.selenium.Keys.TAB);
        browser.ajaxDone();
        browser.driver().findElement(By.id("case:evidence_input")).sendKeys(screenshotFile().toAbsolutePath().toString());
        browser.awaitText(By.cssSelector("#evidenceList a.evidence-link"), "cctv.png");
        assertTrue(browser.find(By.id("evidenceList")).getText().contains("监控截图"));
        browser.shot("staff-11b-case-evidence");
        step("recordFinding", Map.of("recordFinding_outcome", "NOT_SUBSTANTIATED",
                "recordFinding_cause", "POLICY_MISUNDERSTANDING", "recordFinding_basis", "监控显示工作人员已解释政策"));
        step("proposePlan", Map.of("proposePlan_measures", "向投诉人再次解释政策", "proposePlan_responsible", "刘洋",
                "proposePlan_dueOn", "2099-12-31"));
        step("recordMeasure", Map.of("recordMeasure_kind", "EXPLANATION_GIVEN", "recordMeasure_details", "电话再次解释政策"));
        step("completeHandling", Map.of());
        // the history in the reader's words: labels where the steps stored codes, typed words as typed
        String history = browser.find(By.id("case:history")).getText();
        assertTrue(history.contains("渠道：自助终端，类别：服务态度"), history);
        assertTrue(history.contains("不属实，原因：政策理解偏差"), history);
        assertTrue(history.contains("解释说明：电话再次解释政策"), history);
        assertFalse(history.contains("KIOSK") || history.contains("POLICY_MISUNDERSTANDING"), history);
        step("recordFeedback", Map.of("recordFeedback_method", "PHONE", "recordFeedback_content", "告知核查结果",
                "recordFeedback_satisfaction", "DISSATISFIED", "recordFeedback_appealRoute", "true"));
        assertEquals("已回复办结", browser.find(By.id("status")).getText());
        browser.shot("staff-12-case-closed-dissatisfied");

        login(Staff.RECEPTION);
        openCase(number);
        step("appeal", Map.of("appeal_reason", "认为没有核实清楚"));
        assertEquals("申诉复核中", browser.find(By.id("status")).getText());

        login(Staff.SUPERVISOR);
        openCase(number);
        step("triage", Map.of("triage_urgency", "NORMAL", "triage_severity", "MEDIUM"));
        step("assign", Map.of("assign_department", "SOCIAL_SECURITY", "assign_handler", "liu.yang", "assign_scope", "复核"));
        assertTrue(browser.visibleText().contains("首次承办人以外"), "the first handler may not re-examine: " + browser.visibleText());
        step("assign", Map.of("assign_department", "SOCIAL_SECURITY", "assign_handler", "chen.jing", "assign_scope", "复核"));

        login(Staff.CHEN_JING);
        openCase(number);
        step("signFor", Map.of());
        step("recordFinding", Map.of("recordFinding_outcome", "PARTLY_SUBSTANTIATED", "recordFinding_parts", "解释不够耐心",
                "recordFinding_cause", "STAFF_ERROR", "recordFinding_basis", "复核谈话"));
        step("proposePlan", Map.of("proposePlan_measures", "对当事人进行教育", "proposePlan_responsible", "陈静",
                "proposePlan_dueOn", "2099-12-31"));
        step("recordMeasure", Map.of("recordMeasure_kind", "STAFF_EDUCATED", "recordMeasure_details", "对当事人进行教育"));
        step("completeHandling", Map.of());
        step("recordFeedback", Map.of("recordFeedback_method", "PHONE", "recordFeedback_content", "告知复核结果",
                "recordFeedback_satisfaction", "SATISFIED", "recordFeedback_appealRoute", "true"));

        login(Staff.SUPERVISOR);
        openCase(number);
        step("archive", Map.of());
        assertEquals("已归档", browser.find(By.id("status")).getText());
        assertEquals(List.of("case:do_reissueQueryCode", "case:do_reopen"),
                browser.driver().findElements(By.cssSelector("[id^='case:do_']")).stream().map(e -> e.getAttribute("id"))
                        .sorted().toList(),
                "an archived case offers reopening, with a reason, by the supervisor, and a new code for the complainant");
        assertEquals(2, browser.driver().findElements(By.xpath("//*[@id='case:history']//strong[text()='分派']")).size(),
                "both assignments stay in the history");
        browser.shot("staff-13-case-archived");
        assertEquals("ARCHIVED", Staff.SUPERVISOR.view(number).getString("status"));
    }

    @Test
    void the_staff_member_complained_about_cannot_open_the_case() throws IOException {
        login(Staff.RECEPTION);
        choose("window:categoryCode", "SERVICE_ATTITUDE");
        type("window:description", "12号窗口工作人员办理时一直看手机。");
        type("window:complainantPhone", "13600002222");
        choose("window:staffComplainedAboutId", "zhang.wei");
        browser.tap(By.id("window:submit"));
        String number = browser.find(By.id("trackingNumber")).getText();

        login(Staff.ZHANG_WEI);
        browser.open("/staff/case.xhtml?n=" + number);
        browser.await(By.id("case:missing"));
        assertTrue(browser.visibleText().contains("回避"), browser.visibleText());
        assertFalse(browser.driver().getPageSource().contains("一直看手机"), "nothing of the complaint is shown");
        browser.shot("staff-15-recusal");
        browser.open("/staff/queues.xhtml?queue=ALL&q=" + number);
        assertTrue(browser.find(By.id("queue:rows")).getText().contains("这个队列没有投诉"), "nor is it found by searching");
        assertEquals(403, Staff.ZHANG_WEI.get("/api/v1/cases/" + number).status(), "nor through the API");

        // the registered case is at the front desk: a handler's need to know starts with its assignment
        login(Staff.SUPERVISOR);
        browser.open("/staff/case.xhtml?n=" + number);
        assertEquals(number, browser.find(By.id("trackingNumber")).getText(), "someone else whose work it is sees it");
    }

    @Test
    void an_improvement_action_is_raised_from_a_case_and_its_owner_reports_progress() throws IOException {
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "整改测试：叫号系统经常跳号。");
        login(Staff.SUPERVISOR);
        browser.tap(By.id("navImprovements"));
        type("raise:title", "叫号系统跳号整改");
        type("raise:description", "排查叫号系统配置，避免跳号。");
        new Select(browser.find(By.id("raise:owner"))).selectByValue("zhou.qiang");
        type("raise:cases", number);
        type("raise:dueOn_input", "2099-01-31");
        browser.find(By.id("raise:dueOn_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.tap(By.id("raise:submit"));
        assertTrue(browser.find(By.id("improvements:actions")).getText().contains("叫号系统跳号整改"), browser.visibleText());
        assertTrue(browser.find(By.id("improvements:actions")).getText().contains(number));

        login(new Staff("zhou.qiang"));
        browser.tap(By.id("navImprovements"));
        WebElement row = browser.find(By.xpath("//tr[contains(., '叫号系统跳号整改')]"));
        String rowId = row.findElement(By.cssSelector("input[id$=':text']")).getAttribute("id");
        type(rowId, "已更换叫号服务器");
        browser.tap(By.id(rowId.replace(":text", ":progress")));
        assertTrue(browser.find(By.id("improvements:actions")).getText().contains("已更换叫号服务器"));
        assertFalse(browser.present(By.id(rowId.replace(":text", ":done"))), "only a supervisor closes it");
        browser.shot("staff-16-improvements");
    }

    @Test
    void a_supervisor_maintains_the_directory_and_it_staff_may_too_but_not_read_cases() throws IOException {
        login(Staff.SUPERVISOR);
        browser.tap(By.id("navDirectory"));
        browser.tap(By.id("tabs:departments:new"));
        type("tabs:departmentForm:code", "IT_AGENCY_" + (System.nanoTime() % 100000));
        new Select(browser.find(By.id("tabs:departmentForm:kind"))).selectByValue("EXTERNAL_AGENCY");
        type("tabs:departmentForm:nameZh", "市人力社保局咨询窗口");
        type("tabs:departmentForm:nameEn", "City HR and Social Security enquiries");
        type("tabs:departmentForm:phone", "12333");
        browser.tap(By.id("tabs:departmentForm:save"));
        assertTrue(browser.find(By.id("tabs:departments:list")).getText().contains("市人力社保局咨询窗口"));
        browser.shot("staff-17-directory");
        browser.tap(By.linkText("办理时限"));
        assertTrue(browser.find(By.id("tabs:deadlines")).getText().contains("wd"), "the deadline of each stage is shown");
        browser.tap(By.linkText("工作日历"));
        // a month of a year the shipped calendar holds, whatever year the build runs in; the list
        // of special days follows the grid's year
        monthOfGrid("2026年10月");
        assertTrue(browser.find(By.xpath("//*[@id='tabs:calendar:days']//tr[contains(., '2026-10-01')]")).getText()
                .contains("法定节假日"), "and the year's holidays");
        browser.shot("staff-21-directory-calendar");
        assertEquals(7, browser.driver().findElements(By.cssSelector("#monthGrid thead th")).size(), "Monday to Sunday");
        assertEquals("周一", browser.find(By.cssSelector("#monthGrid thead th")).getText());
        assertTrue(dayCell("2026-10-01").getText().contains("法定节假日"), "National Day is a holiday, in words");
        assertTrue(dayCell("2026-10-10").getText().contains("调休上班"), "a Saturday worked to make up for it");
        assertTrue(dayCell("2026-10-11").getText().contains("周末休息"));
        assertTrue(dayCell("2026-10-12").getText().contains("工作日"));
        assertTrue(dayCell("2026-09-28").getAttribute("class").contains("other-month"), "the grid starts on the Monday before");
        browser.tap(By.id("tabs:calendar:nextMonth"));
        browser.awaitText(By.id("monthTitle"), "2026年11月");

        login(Staff.RECEPTION);
        radio("window:outcome", 2);
        assertTrue(browser.driver().getPageSource().contains("市人力社保局咨询窗口"), "the new agency is offered for redirects");

        login(Staff.ADMIN);
        assertTrue(browser.driver().getCurrentUrl().contains("/staff/directory.xhtml"), "IT staff start at the directory");
        browser.open("/staff/queues.xhtml");
        assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"), "IT staff do not read complaints");
    }

    @Test
    void a_handler_cannot_open_a_case_not_yet_with_their_department() throws IOException {
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "不动产窗口排队太久。");
        login(Staff.ZHANG_WEI);
        browser.open("/staff/case.xhtml?n=" + number);
        browser.await(By.id("case:missing"));
        assertTrue(browser.visibleText().contains("工作范围"), "need to know: " + browser.visibleText());
        assertFalse(browser.present(By.id("case:do_triage")), "no step either");
    }

    @Test
    void the_supervisor_sees_the_figures_drills_down_to_a_queue_and_exports_them() throws Exception {
        java.time.LocalDate filedOn = TestServer.hallToday();
        Api.fileAnonymously("SERVICE_ATTITUDE", "看板测试：工作人员态度不好。");
        login(Staff.SUPERVISOR);
        browser.tap(By.id("navDashboard"));
        long today = Long.parseLong(browser.find(By.id("receivedToday")).getText());
        long total = Long.parseLong(browser.find(By.id("total")).getText());
        boolean sameHallDay = filedOn.equals(TestServer.hallToday()); // past the hall's midnight "today" starts at 0
        assertTrue((today >= 1 || !sameHallDay) && total >= today, today + " today, " + total + " in the period");
        assertEquals(4, browser.driver().findElements(By.cssSelector(".charts canvas")).size(), "four charts are drawn");
        browser.shot("staff-14-dashboard");

        java.nio.file.Path downloads = downloads();
        browser.driver().findElement(By.id("export:csv")).click();
        String csv = java.nio.file.Files.readString(awaitDownload(downloads, ".csv"));
        assertTrue(csv.contains("本期受理"), csv);
        browser.driver().findElement(By.id("export:xlsx")).click();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(
                awaitDownload(downloads, ".xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getLastRowNum() > 10, "every figure is a row");
            assertEquals("本期受理", sheet.getRow(1).getCell(1).getStringCellValue());
        }
        browser.driver().findElement(By.id("export:pdf")).click();
        byte[] pdf = java.nio.file.Files.readAllBytes(awaitDownload(downloads, ".pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        browser.script("document.getElementById('report').scrollIntoView();");
        browser.shot("staff-14b-dashboard-report");
        java.nio.file.Path reports = downloads();
        java.time.YearMonth monthBefore = TestServer.hallMonth();
        browser.driver().findElement(By.id("report:pdf")).click();
        String report = it.support.PdfText.of(java.nio.file.Files.readAllBytes(awaitDownload(reports, ".pdf")));
        java.time.YearMonth monthAfter = TestServer.hallMonth(); // the click may fall on either side of the hall's month end
        assertTrue(report.contains("投诉处理月度报告") && (report.contains(monthBefore.getYear() + "年" + monthBefore.getMonthValue() + "月")
                || report.contains(monthAfter.getYear() + "年" + monthAfter.getMonthValue() + "月")),
                "one click gives this month's report: " + report);

        browser.tap(By.cssSelector("a.drill-category"));
        assertTrue(browser.driver().getCurrentUrl().contains("category="), browser.driver().getCurrentUrl());
        assertFalse(browser.find(By.id("queue:rows")).getText().contains("这个队列没有投诉"), "the drill-down lists the category's complaints");
        browser.open("/staff/dashboard.xhtml");
        browser.tap(By.id("tileOverdue"));
        assertTrue(browser.driver().getCurrentUrl().contains("queue=OVERDUE"));
    }

    /** A small real PNG, as a CCTV still would be. */
    private static java.nio.file.Path screenshotFile() throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "upload-");
        java.nio.file.Path png = dir.resolve("cctv.png");
        var image = new java.awt.image.BufferedImage(32, 24, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        return png;
    }

    /** A fresh folder that the browser's downloads go to from now on. */
    private static java.nio.file.Path downloads() throws IOException {
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "downloads-");
        browser.chrome().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        return downloads;
    }

    private static java.nio.file.Path awaitDownload(java.nio.file.Path folder, String suffix) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = java.nio.file.Files.list(folder)) {
                var found = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (found.isPresent() && java.nio.file.Files.size(found.get()) > 0) {
                    return found.get();
                }
            }
            Thread.sleep(100); // polling the download folder
        }
        throw new AssertionError("no " + suffix + " was downloaded");
    }

    @Test
    void every_staff_screen_passes_axe_core_in_both_languages() throws IOException {
        browser.openFresh("/login.xhtml");
        axe("login");
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "无障碍检查用的投诉。");
        login(Staff.SUPERVISOR);
        for (String language : new String[] {"zh", "en"}) {
            if ("en".equals(language)) {
                browser.tap(By.id("user:language"));
                assertEquals("en", browser.script("return document.documentElement.lang;"),
                        "the switched page is marked English on <html>, not only in its text");
                assertEquals("zh-CN", browser.find(By.id("user:language")).getAttribute("lang"),
                        "the link to the other language is marked in that language");
            }
            browser.open("/staff/window.xhtml");
            axe("window-" + language);
            boolean zh = "zh".equals(language);
            browser.open("/staff/queues.xhtml?queue=ALL");
            // axe-core only "needs review" a name on an element without a role: ask the browser's
            // accessibility tree, what a screen reader is told
            awaitAccessible("#queue\\:rows_paginator_bottom", "navigation", zh ? "队列翻页" : "Pages of the queue");
            assertEquals(0L, browser.script("return document.querySelectorAll('.ui-paginator div[aria-label]:not([role])').length;"),
                    "the queue paginator's name is on no div without a role");
            axe("queues-" + language);
            browser.open("/staff/case.xhtml?n=" + number);
            awaitAccessible("#case\\:evidence .ui-fileupload-choose", "button", zh ? "选择文件" : "Choose a file");
            axe("case-" + language);
            browser.open("/staff/dashboard.xhtml");
            axe("dashboard-" + language);
            browser.open("/staff/improvements.xhtml");
            axe("improvements-" + language);
            browser.open("/staff/directory.xhtml");
            axe("directory-" + language);
            browser.tap(By.cssSelector("a[href='#tabs:calendarTab']"));
            browser.await(By.id("monthGrid"));
            axe("directory-calendar-" + language);
        }
        browser.shot("staff-19-case-en");
    }

    /**
     * Waits until Chromium's accessibility tree gives the first element {@code selector} finds the
     * role and name a screen reader should announce (the page's script marks PrimeFaces' markup
     * once its widgets are built).
     */
    private static void awaitAccessible(String selector, String role, String name) {
        it.support.Await.until(() -> (role + " \"" + name + "\"").equals(accessible(selector)), java.time.Duration.ofSeconds(10),
                () -> selector + " is announced as " + accessible(selector) + ", not " + role + " \"" + name + "\"");
    }

    /** Role and name of the first element {@code selector} finds, as the accessibility tree has them. */
    @SuppressWarnings("unchecked")
    private static String accessible(String selector) {
        var chrome = browser.chrome();
        Map<String, Object> document = chrome.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId");
        if (node == null || ((Number) node).intValue() == 0) {
            return "absent";
        }
        List<Map<String, Object>> tree = (List<Map<String, Object>>) chrome.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", node, "fetchRelatives", false)).get("nodes");
        Map<String, Object> role = (Map<String, Object>) tree.get(0).get("role");
        Map<String, Object> name = (Map<String, Object>) tree.get(0).get("name");
        return (role == null ? "none" : role.get("value")) + " \"" + (name == null ? "" : name.get("value")) + "\"";
    }

    private static void axe(String screen) throws IOException {
        assertEquals(List.of(), it.support.Axe.seriousOrCritical(browser.driver(), "staff-" + screen),
                "axe-core on the staff screen " + screen);
    }

    // ---------------------------------------------------------------- steps of a clerk

    private static void login(Staff who) {
        browser.openFresh("/login.xhtml");
        type("login:username", who.username());
        type("login:password", Staff.PASSWORD);
        browser.tapAndLoad(By.id("login:submit"));
        try {
            browser.await(By.id("whoami"));
            browser.ajaxDone();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("login of " + who.username() + " failed at " + browser.driver().getCurrentUrl()
                    + ": " + browser.visibleText(), e);
        }
    }

    private static void openCase(String number) {
        browser.open("/staff/case.xhtml?n=" + number);
        browser.await(By.id("trackingNumber"));
    }

    /** Fills a step's panel (ids without the form prefix) and takes the step. */
    private static void step(String step, Map<String, String> fields) {
        browser.await(By.id("case:do_" + step));
        for (var field : java.util.List.of("department", "handler")) {
            String id = step + "_" + field;
            if (fields.containsKey(id)) {
                new Select(browser.find(By.id("case:" + id))).selectByValue(fields.get(id));
                browser.ajaxDone();
            }
        }
        fields.forEach((id, value) -> {
            if (id.endsWith("_department") || id.endsWith("_handler")) {
                return;
            }
            WebElement element = browser.find(By.id("case:" + id));
            if ("select".equals(element.getTagName())) {
                new Select(element).selectByValue(value);
            } else if ("date".equals(element.getAttribute("type"))) {
                browser.script("arguments[0].value = arguments[1];", element, value);
            } else {
                element.clear();
                element.sendKeys(value);
            }
        });
        browser.tap(By.id("case:do_" + step));
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a value of a PrimeFaces select menu through its widget, as a click on the item would. */
    private static void choose(String id, String value) {
        browser.find(By.id(id));
        browser.script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.ajaxDone();
    }

    /** Steps the directory's month grid back or forward until it shows the month titled {@code title} (e.g. 2026年10月). */
    private static void monthOfGrid(String title) {
        java.time.YearMonth wanted = java.time.YearMonth.parse(title.replace("年", "-").replace("月", "").replaceAll("-(\\d)$", "-0$1"));
        for (int i = 0; i < 240 && !browser.find(By.id("monthTitle")).getText().equals(title); i++) {
            String shown = browser.find(By.id("monthTitle")).getText();
            java.time.YearMonth now = java.time.YearMonth.parse(shown.replace("年", "-").replace("月", "").replaceAll("-(\\d)$", "-0$1"));
            browser.tap(By.id(now.isAfter(wanted) ? "tabs:calendar:previousMonth" : "tabs:calendar:nextMonth"));
            browser.ajaxDone();
        }
        assertEquals(title, browser.find(By.id("monthTitle")).getText());
    }

    private static WebElement dayCell(String date) {
        return browser.find(By.cssSelector("#monthGrid td[data-date='" + date + "']"));
    }

    /** Chooses a value of a PrimeFaces select menu and lets its change behaviours run, as a clerk's choice would. */
    private static void chooseAndChange(String id, String value) {
        browser.find(By.id(id));
        browser.script("var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); w.triggerChange();", id, value);
        browser.ajaxDone();
    }

    /**
     * Picks the n-th option (from 0) of a PrimeFaces radio group once the window has settled: the
     * duplicate hints follow typing after a pause (400 ms) and may grow the page, which would move
     * the button under a click; {@link Browser#ajaxDone} waits for such a delayed request too.
     */
    private static void radio(String id, int index) {
        browser.ajaxDone();
        browser.tap(By.cssSelector("label[for='" + id + ":" + index + "']"));
    }
}
