package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Browser;
import it.support.KioskSteps;
import it.support.Loopback;
import it.support.RateLimits;
import it.support.KioskSteps.Receipt;
import it.support.Staff;
import it.support.TestServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
 * retry that files once, an expired view starts again. The kiosk starts with idle times (from its
 * start URL) no slow machine overruns while the test taps; once the citizen has "walked away" the
 * test shortens the page's idle time, as a kiosk configured for seconds would have it, so the
 * dialog comes at a moment the test chooses and these tests wait seconds, not minutes.
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
        kiosk.start("?terminal=IT-IDLE&idle=600&countdown=60");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.tap(By.cssSelector("a.pick-RUDE"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.find(By.id("wizard:description")).sendKeys(SECRET);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        walkAway(1);
        assertTrue(browser.find(By.id("idleText")).getText().contains("60 秒后将清除"),
                "the countdown of the kiosk's start URL: " + browser.find(By.id("idleText")).getText());
        kiosk.check("idle-01-countdown");

        // the countdown itself, short this time: nobody answers, and at zero everything is wiped
        browser.script("document.getElementById('page').setAttribute('data-countdown', '1');");
        browser.tap(By.id("idleContinue"));
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
        kiosk.start("?idle=600&countdown=600");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.tap(By.cssSelector("a.pick-RUDE"));
        walkAway(1);
        idleSeconds(600); // back to a time no test step overruns before the dialog is looked at again
        browser.tap(By.id("idleContinue"));
        assertFalse(isOpen(browser.driver().findElement(By.id("idleDialog"))), "the dialog closes");
        assertEquals("true", browser.find(By.cssSelector("a.pick-RUDE")).getAttribute("aria-pressed"));
    }

    /**
     * The citizen stops touching the screen: the page's idle time becomes {@code seconds} and the
     * idle timer starts again from now (as after any touch), so the dialog follows in that time.
     */
    private static void walkAway(int seconds) {
        idleSeconds(seconds);
        browser.script("document.dispatchEvent(new Event('wheel'));"); // a touch the kiosk re-arms its timer on
        try {
            browser.await(By.cssSelector("dialog#idleDialog[open]"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the kiosk did not ask whether the citizen is still there", e);
        }
    }

    /** Sets the idle time the page's timer reads when it is armed next (the innermost data-idle wins). */
    private static void idleSeconds(int seconds) {
        browser.script("var all = document.querySelectorAll('[data-idle]'); all[all.length - 1].setAttribute('data-idle', arguments[0]);",
                Integer.toString(seconds));
    }

    private static boolean isOpen(WebElement dialog) {
        return Boolean.TRUE.equals(browser.script("return arguments[0].open;", dialog));
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
        String marker = marker();
        browser.find(By.id("wizard:description")).sendKeys("叫号屏 " + marker);
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.tap(By.id("wizard:anonymous"));
        WebElement submit = browser.find(By.id("wizard:submit"));
        browser.script("arguments[0].click(); arguments[0].click(); arguments[0].click();", submit);
        browser.ajaxDone();
        Receipt receipt = kiosk.receipt();

        assertEquals(List.of(receipt.number()), filedWith(marker), "one complaint, the one on the receipt");
    }

    @Test
    void a_connection_lost_during_submit_offers_a_retry_that_files_once() {
        kiosk.start("?terminal=IT-NET");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-POLICY_CONSULTATION"));
        browser.tap(By.cssSelector("a.pick-HOTLINE_UNANSWERED"));
        browser.tap(By.id("wizard:nextFromProblem"));
        String marker = marker();
        browser.find(By.id("wizard:description")).sendKeys("热线 " + marker);
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
        assertEquals(List.of(receipt.number()), filedWith(marker), "the retry filed the complaint once, the one on the receipt");
    }

    @Test
    void an_expired_view_starts_again_at_the_start_screen() {
        kiosk.start("?terminal=IT-EXPIRED");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.tap(By.cssSelector("a.pick-RUDE"));
        try {
            browser.await(KioskSteps.WELCOME);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the expired view did not start again at the start screen: "
                    + browser.driver().getCurrentUrl() + "\n" + browser.visibleText(), e);
        }
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
        kiosk.start("?terminal=" + terminal + "&printer=false");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.tap(By.cssSelector("a.pick-RUDE"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.find(By.id("wizard:description")).sendKeys("限流时内容不丢");
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.tap(By.id("wizard:anonymous"));

        // Spend the terminal's allowance (60 filings an hour) as a flood of submits would, until the
        // limit refuses (the limit counts every submit before the screens see it); the citizen's
        // submit right after finds the allowance spent (one comes back a minute later).
        RateLimits.spend(60, Duration.ofHours(1), () -> Loopback.postForm("127.0.0.1", "/kiosk/file.xhtml",
                "wizard=wizard&jakarta.faces.source=wizard%3Asubmit&wizard%3Asubmit=wizard%3Asubmit",
                "Cookie", "SH_KIOSK=t." + terminal + "~p.0"));
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

    /** A word of its own for one test's complaint, so staff search finds exactly what that test filed. */
    private static String marker() {
        return "kiosk" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The tracking numbers of every complaint whose text holds {@code marker}, as staff search finds them. */
    private static List<String> filedWith(String marker) {
        Api.Reply found = Staff.SUPERVISOR.get("/api/v1/queues/all?q=" + marker);
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonArray("rows").stream().map(r -> r.asJsonObject().getString("trackingNumber")).toList();
    }
}
