package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Axe;
import it.support.Browser;
import it.support.Loopback;
import it.support.RateLimits;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The public website on a citizen's phone: file a complaint with a category and its own questions,
 * follow it with the receipt's number and code, rate it once it is closed, and appeal. What the
 * system refuses is said in the citizen's language and what they typed stays. The government app
 * files under its own channel. Too many lookups or filings from one address answer 429.
 */
class PublicWebsiteIT {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        TestServer.awaitReady();
        browser = Browser.start(PHONE_WIDTH, PHONE_HEIGHT);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_citizen_files_on_a_phone_and_follows_the_complaint_with_the_receipt() throws IOException {
        open("/public/");
        assertTrue(browser.present(By.cssSelector("a.category-BUSINESS_HANDLING")), "categories on the start page");
        check("public-01-categories");

        browser.tap(By.cssSelector("a.category-BUSINESS_HANDLING"));
        browser.await(By.id("filing:submit"));
        assertEquals("业务办理", browser.find(By.id("chosenCategory")).getText());
        // the category plugin's own questions, as native inputs
        new Select(browser.find(By.cssSelector("select[id$='answerCHOICE']"))).selectByValue("TAX");
        browser.find(By.cssSelector("input[id$='answerNUMBER']")).sendKeys("3");
        assertEquals("number", browser.find(By.cssSelector("input[id$='answerNUMBER']")).getAttribute("type"));
        browser.find(By.id("filing:description")).sendKeys("网上办税时系统一直提示材料不全，但窗口说材料齐全。");
        browser.find(By.id("filing:windowNumber")).sendKeys("12");
        String phone = "1390000" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        browser.find(By.id("filing:phone")).sendKeys(phone);
        assertEquals("tel", browser.find(By.id("filing:phone")).getAttribute("type"));
        check("public-02-form");

        browser.tap(By.id("filing:submit"));
        browser.await(By.id("trackingNumber"));
        String number = browser.find(By.id("trackingNumber")).getText().strip();
        String code = browser.find(By.id("queryCode")).getText().strip();
        assertTrue(number.matches("TS-\\d{8}-\\d{5,6}"), number);
        assertTrue(code.matches("\\d{6}"), code);
        check("public-03-receipt");

        JsonObject stored = Staff.SUPERVISOR.view(number);
        assertEquals("WEBSITE", stored.getString("channel"));
        assertEquals("BUSINESS_HANDLING", stored.getString("categoryCode"));
        assertTrue(stored.toString().contains("税务"), "the category's own answer is stored: " + stored);

        browser.tap(By.id("followIt"));
        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());
        assertEquals(number, browser.find(By.id("resultNumber")).getText());
        check("public-04-progress-from-receipt");

        // later, typed by hand: the number as written on the receipt, and the code; the phone's last
        // four digits are no proof
        open("/public/track.xhtml");
        browser.find(By.id("lookup:number")).sendKeys(number.toLowerCase());
        browser.find(By.id("lookup:code")).sendKeys(phone.substring(7));
        browser.tap(By.id("lookup:search"));
        assertEquals("请输入 6 位查询码。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        assertFalse(browser.present(By.id("resultStatus")));
        browser.find(By.id("lookup:code")).clear();
        browser.find(By.id("lookup:code")).sendKeys(code);
        browser.tap(By.id("lookup:search"));
        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());

        browser.find(By.id("lookup:code")).clear();
        browser.find(By.id("lookup:code")).sendKeys(wrong(code));
        browser.tap(By.id("lookup:search"));
        assertEquals("编号和查询码对不上，请核对回执后重新输入。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        assertFalse(browser.present(By.id("resultStatus")), "a wrong code shows nothing of the complaint");
        check("public-05-track-refused");
    }

    @Test
    void refused_input_is_explained_in_the_citizens_language_and_what_was_typed_stays() throws IOException {
        open("/public/index.xhtml?category=BUSINESS_HANDLING");
        browser.find(By.id("filing:description")).sendKeys("排队两个小时");
        browser.find(By.cssSelector("input[id$='answerNUMBER']")).sendKeys("500");
        browser.find(By.id("filing:phone")).sendKeys("12345");
        browser.tap(By.id("filing:submit"));

        String messages = browser.find(By.cssSelector(".kiosk-messages")).getText();
        assertTrue(messages.contains("手机号码应为 11 位数字"), messages);
        assertTrue(messages.contains("为这件事来了几次：请输入 1 到 99 之间的数。"), messages);
        assertEquals("排队两个小时", browser.find(By.id("filing:description")).getAttribute("value"));
        assertEquals("12345", browser.find(By.id("filing:phone")).getAttribute("value"));
        assertEquals("true", browser.find(By.id("filing:phone")).getAttribute("aria-invalid"));
        assertFalse(browser.present(By.id("trackingNumber")), "nothing filed");
        check("public-06-refused");

        browser.tap(By.id("language:en"));
        browser.awaitText(By.id("chosenCategory"), "Business handling");
        browser.tap(By.id("filing:submit"));
        messages = browser.find(By.cssSelector(".kiosk-messages")).getText();
        assertTrue(messages.contains("A mobile number has 11 digits"), messages);
        assertEquals("排队两个小时", browser.find(By.id("filing:description")).getAttribute("value"));
        check("public-07-refused-en");
        browser.tap(By.id("language:zh"));
    }

    @Test
    void a_closed_complaint_is_rated_on_the_website_and_appealed() throws IOException {
        open("/public/index.xhtml?category=FACILITIES_ENVIRONMENT");
        browser.tap(By.cssSelector("label[for$='picks:0']"));
        browser.tap(By.cssSelector("label[for='filing:anonymous']"));
        assertTrue(browser.find(By.id("filing:anonymous")).isSelected(), "anonymous ticked");
        browser.tap(By.id("filing:submit"));
        browser.await(By.id("trackingNumber"));
        String number = browser.find(By.id("trackingNumber")).getText().strip();
        String code = browser.find(By.id("queryCode")).getText().strip();
        StaffWalk.toClosedWithoutFeedback(number);

        open("/public/rate.xhtml");
        check("public-08-rate-key");
        browser.find(By.id("rating:number")).sendKeys(number);
        browser.find(By.id("rating:code")).sendKeys(code);
        browser.tap(By.id("rating:check"));
        browser.await(By.id("rating:submitRating"));
        browser.tap(By.cssSelector("label[for$='level:3']"));
        browser.tap(By.cssSelector("label[for$='bad:0']"));
        check("public-09-rate-level");
        browser.tap(By.id("rating:submitRating"));
        browser.await(By.id("thanks"));
        check("public-10-thanks-appeal-offered");

        JsonObject rated = Staff.SUPERVISOR.view(number);
        assertEquals("DISSATISFIED", rated.getString("citizenRating"));

        browser.tap(By.id("rating:appeal"));
        browser.await(By.id("appealed"));
        JsonObject appealed = Staff.SUPERVISOR.view(number);
        assertEquals("APPEALED", appealed.getString("status"));
        assertEquals("对处理结果不满意，在网上申请复核：问题没有解决", appealed.getString("appealReason"));
        List<JsonObject> history = appealed.getJsonArray("history").getValuesAs(JsonObject.class);
        assertTrue(history.get(history.size() - 1).toString().contains("WEBSITE"), "recorded as the website's");
    }

    @Test
    void the_government_app_files_under_its_own_channel_for_the_whole_visit() {
        open("/public/index.xhtml?via=app");
        assertEquals("政务服务App", browser.find(By.cssSelector(".brand-service")).getText());
        browser.tap(By.cssSelector("a.category-FACILITIES_ENVIRONMENT"));
        browser.find(By.id("filing:description")).sendKeys("二楼饮水机没有热水");
        browser.tap(By.cssSelector("label[for='filing:anonymous']"));
        browser.tap(By.id("filing:submit"));
        browser.await(By.id("trackingNumber"));

        assertEquals("GOV_APP", Staff.SUPERVISOR.view(browser.find(By.id("trackingNumber")).getText().strip())
                .getString("channel"));
    }

    @Test
    void too_many_lookups_or_filings_from_one_address_answer_429_with_a_translated_page() throws Exception {
        // 127.0.0.2 and .3 are this machine too, but other clients to the limiter: the browser's
        // allowance on 127.0.0.1 stays untouched.
        // 20 lookups a minute
        Loopback.Reply last = RateLimits.spend(20, Duration.ofMinutes(1), () -> post("127.0.0.2", "/public/track.xhtml",
                "lookup_SUBMIT=1&lookup%3Anumber=TS-20260101-00001", "zh-CN"));
        assertTrue(Long.parseLong(last.retryAfter()) >= 1, "Retry-After: " + last.retryAfter());
        assertTrue(last.body().contains("操作太频繁"), last.body());

        for (int i = 0; i <= 10; i++) {
            last = post("127.0.0.3", "/public/index.xhtml", "filing_SUBMIT=1", "en");
        }
        assertEquals(429, last.status(), "the 11th filing within an hour");
        assertTrue(last.body().contains("Too many requests"), last.body());
        assertNotNull(last.retryAfter());

        Loopback.Reply page = post("127.0.0.3", "/public/track.xhtml", "language_SUBMIT=1", "en");
        assertTrue(page.status() != 429, "switching the language costs nothing");
    }

    // ------------------------------------------------------------------ helpers

    private static void open(String path) {
        browser.openFresh(path);
        browser.resizeViewport(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** axe-core on the page as it is, and photographs at phone and desktop size. */
    private static void check(String name) throws IOException {
        assertEquals(List.of(), Axe.seriousOrCritical(browser.driver(), name), "axe-core on " + name);
        assertEquals(List.of(), overflowing(), "wider than the phone on " + name);
        browser.shot(name + "-phone");
        browser.resizeViewport(1280, 800);
        browser.shot(name + "-desktop");
        browser.resizeViewport(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** Elements that stick out past the right edge of the phone's screen (a sideways scroll). */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing() {
        return (List<String>) browser.script("""
                var out = [], w = document.documentElement.clientWidth;
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.width > 0 && r.right > w + 1) { out.push((e.id || e.className || e.tagName) + ' ' + Math.round(r.right)); }
                });
                return out.slice(0, 10);
                """);
    }

    /** Posts a form from another loopback address than the browser's, in the browser's language. */
    private static Loopback.Reply post(String fromAddress, String path, String form, String language) throws IOException {
        return Loopback.postForm(fromAddress, path, form, "Accept-Language", language);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
