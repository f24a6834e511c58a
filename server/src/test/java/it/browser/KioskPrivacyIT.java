package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Browser;
import it.support.KioskSteps;
import it.support.Loopback;
import it.support.KioskSteps.Receipt;
import it.support.TestServer;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Nothing a citizen entered is left for the next one: the idle countdown wipes a half-filled
 * form and the back button brings none of it back; Done wipes at once; pages are never stored.
 * And the kiosk stays robust: a triple tap files once, a lost connection during submit offers a
 * retry that files once, an expired view starts again. The kiosk's idle times come from its
 * start URL, so these tests wait seconds, not minutes.
 */
class KioskPrivacyIT {

    private static final String SECRET = "秘密内容-张三-13800000000";

    private static Browser browser;
    private static KioskSteps kiosk;

    @BeforeAll
    static void startBrowser() throws IOException {
        TestServer.awaitReady();
        browser = Browser.start(1080, 1920);
        kiosk = new KioskSteps(browser);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void when_the_idle_countdown_runs_out_mid_form_the_start_screen_returns_and_back_shows_nothing() throws IOException {
        kiosk.start("?terminal=IT-IDLE&idle=2&countdown=6");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.tap(By.cssSelector("a.pick-RUDE"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.find(By.id("wizard:description")).sendKeys(SECRET);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        WebElement dialog = browser.find(By.id("idleDialog"));
        assertTrue(dialog.isDisplayed(), "the kiosk asks whether the citizen is still there");
        assertTrue(browser.find(By.id("idleText")).getText().contains("秒后将清除"), browser.find(By.id("idleText")).getText());
        kiosk.check("idle-01-countdown");

        browser.await(KioskSteps.WELCOME);
        assertFalse(browser.driver().getPageSource().contains(SECRET));
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(after == null || !after.getValue().equals(session), "the citizen's session is gone");

        browser.driver().navigate().back();
        browser.ajaxDone();
        assertFalse(browser.driver().getPageSource().contains(SECRET), "the back button shows nothing of it");
        assertFalse(browser.present(By.cssSelector("a.pick.picked")), "no problem stays picked");
        assertFalse(browser.present(By.id("wizard:description")) && !browser.find(By.id("wizard:description"))
                .getAttribute("value").isEmpty(), "no text stays in the form");
        browser.driver().navigate().back();
        browser.ajaxDone();
        assertFalse(browser.driver().getPageSource().contains(SECRET));
    }

    @Test
    void a_citizen_who_taps_continue_keeps_what_they_entered() {
        kiosk.start("?idle=2&countdown=20");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.tap(By.cssSelector("a.pick-RUDE"));
        browser.find(By.id("idleDialog"));
        browser.tap(By.id("idleContinue"));
        assertFalse(browser.driver().findElement(By.id("idleDialog")).isDisplayed());
        assertEquals("true", browser.find(By.cssSelector("a.pick-RUDE")).getAttribute("aria-pressed"));
    }

    @Test
    void done_on_the_receipt_wipes_at_once_and_back_shows_no_receipt() {
        kiosk.start("?terminal=IT-DONE&printer=false");
        Receipt receipt = kiosk.fileAnonymously("FACILITIES_ENVIRONMENT", "NOT_ENOUGH_SEATS");
        browser.tap(By.id("done"));
        browser.await(KioskSteps.WELCOME);
        browser.driver().navigate().back();
        browser.ajaxDone();
        assertFalse(browser.driver().getPageSource().contains(receipt.number()), "the receipt is gone");
        assertFalse(browser.driver().getPageSource().contains(receipt.queryCode()));
    }

    @Test
    void kiosk_pages_are_never_stored_by_the_browser() {
        for (String page : new String[] {"/kiosk/index.xhtml", "/kiosk/file.xhtml", "/kiosk/status.xhtml",
                "/kiosk/rate.xhtml", "/kiosk/track.xhtml?n=TS-20260101-00001&c=000000", "/kiosk/reset"}) {
            Api.Reply reply = Api.get(page);
            assertTrue(reply.header("Cache-Control").contains("no-store"), page + " → " + reply.header("Cache-Control"));
        }
    }

    @Test
    void a_triple_tap_on_submit_files_one_complaint() {
        kiosk.start("?terminal=IT-TAP");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-FACILITIES_ENVIRONMENT"));
        browser.tap(By.cssSelector("a.pick-QUEUE_DISPLAY"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.tap(By.id("wizard:anonymous"));
        WebElement submit = browser.find(By.id("wizard:submit"));
        browser.script("arguments[0].click(); arguments[0].click(); arguments[0].click();", submit);
        browser.ajaxDone();
        Receipt receipt = kiosk.receipt();

        assertEquals(404, Api.get("/api/v1/complaints/" + next(receipt.number())).status(),
                "a second complaint was filed");
        assertEquals(200, Api.get("/api/v1/complaints/" + receipt.number()).status());
    }

    @Test
    void a_connection_lost_during_submit_offers_a_retry_that_files_once() {
        kiosk.start("?terminal=IT-NET");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-POLICY_CONSULTATION"));
        browser.tap(By.cssSelector("a.pick-HOTLINE_UNANSWERED"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.tap(By.id("wizard:anonymous"));

        browser.chrome().executeCdpCommand("Network.enable", Map.of());
        browser.chrome().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            browser.find(By.id("wizard:submit")).click();
            browser.await(By.cssSelector("#submitRetry:not([hidden])"));
            assertTrue(browser.find(By.id("submitRetry")).getText().contains("不会重复提交"));
            assertTrue(browser.find(By.id("wizard:submit")).isEnabled(), "the citizen can tap again");
        } finally {
            browser.chrome().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
        browser.tap(By.id("wizard:submit"));
        Receipt receipt = kiosk.receipt();
        assertEquals(404, Api.get("/api/v1/complaints/" + next(receipt.number())).status());
    }

    @Test
    void an_expired_view_starts_again_at_the_start_screen() {
        kiosk.start("?terminal=IT-EXPIRED");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.tap(By.cssSelector("a.pick-RUDE"));
        browser.await(KioskSteps.WELCOME);
        assertNotEquals(null, browser.find(KioskSteps.WELCOME));
    }

    @Test
    void an_unknown_page_offers_the_way_back_to_the_start() throws IOException {
        for (boolean elderly : new boolean[] {false, true}) {
            for (String language : new String[] {"zh", "en"}) {
                kiosk.start("");
                kiosk.elderly(elderly);
                kiosk.language(language);
                browser.open("/kiosk/no-such-screen.xhtml");
                browser.await(By.cssSelector(".error-page a.kiosk-end"));
                kiosk.check("error-01-not-found");
            }
        }
    }

    @Test
    void a_kiosk_over_its_hourly_filings_says_so_and_keeps_what_was_entered() throws IOException {
        String terminal = "IT-LIMIT-" + Long.toString(System.nanoTime() % 100_000);
        // Spend the terminal's allowance (60 filings an hour) as a flood of submits would: the limit
        // counts every submit before the screens see it.
        for (int i = 0; i < 60; i++) {
            Loopback.Reply spent = Loopback.postForm("127.0.0.1", "/kiosk/file.xhtml",
                    "wizard=wizard&jakarta.faces.source=wizard%3Asubmit&wizard%3Asubmit=wizard%3Asubmit",
                    "Cookie", "SH_KIOSK=t." + terminal + "~p.0");
            assertNotEquals(429, spent.status(), "submit " + (i + 1) + " is within the allowance");
        }

        kiosk.start("?terminal=" + terminal + "&printer=false");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.tap(By.cssSelector("a.pick-RUDE"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.find(By.id("wizard:description")).sendKeys("限流时内容不丢");
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.tap(By.id("wizard:anonymous"));
        browser.tap(By.id("wizard:submit"));

        browser.find(By.id("submitLimited"));
        assertTrue(browser.find(By.id("submitLimited")).getText().contains("操作太频繁"),
                browser.find(By.id("submitLimited")).getText());
        assertFalse(browser.driver().findElement(By.id("submitRetry")).isDisplayed(), "not mistaken for a lost connection");
        assertTrue(browser.present(By.cssSelector("form.step-REVIEW")), "the review stays, with what was entered");
        assertTrue(browser.visibleText().contains("限流时内容不丢"), "the description is still there");
        assertTrue(browser.find(By.id("wizard:submit")).isEnabled(), "the citizen can tap again later");
        assertFalse(browser.find(By.id("wizard:submit")).getAttribute("class").contains("ui-state-loading"),
                "and the button no longer spins");
        assertFalse(browser.present(By.id("trackingNumber")), "nothing was filed");
        kiosk.check("file-limited");
    }

    /** The tracking number the next complaint of the day would get. */
    private static String next(String number) {
        return number.substring(0, 12) + String.format("%05d", Integer.parseInt(number.substring(12)) + 1);
    }
}
