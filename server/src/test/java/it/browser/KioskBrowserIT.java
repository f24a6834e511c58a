package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Browser;
import it.support.PluginFolder;
import it.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A citizen at the kiosk, tapping through its screens in a portrait 1080 x 1920 window. */
class KioskBrowserIT {

    private static final By STEP_CATEGORY = By.cssSelector("form.step-CATEGORY");
    private static final By STEP_DESCRIPTION = By.cssSelector("form.step-DESCRIPTION");
    private static final By STEP_CONTACT = By.cssSelector("form.step-CONTACT");
    private static final By STEP_REVIEW = By.cssSelector("form.step-REVIEW");
    private static final By STEP_RECEIPT = By.cssSelector("form.step-RECEIPT");
    private static final By TRACKING_NUMBER = By.id("trackingNumber");

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        TestServer.awaitReady();
        browser = Browser.start(1080, 1920);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noSamplePluginLeft() throws IOException {
        PluginFolder.removeSample();
    }

    @Test
    void a_citizen_files_a_complaint_by_tapping_and_finds_it_again_by_its_number() throws IOException {
        browser.openFresh("/kiosk/index.xhtml?terminal=IT-K01");
        assertEquals("您好！有什么不满意，请告诉我们。", browser.find(By.cssSelector("h1.welcome")).getText());
        browser.shot("kiosk-01-start-zh");

        browser.tap(By.id("file"));
        browser.await(STEP_CATEGORY);
        assertEquals(4, browser.driver().findElements(By.cssSelector("a.tile")).size());
        browser.shot("kiosk-02-category-zh");

        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.await(STEP_DESCRIPTION);
        browser.tap(By.id("wizard:next"));
        assertEquals("请说说发生了什么。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        browser.find(By.id("wizard:description")).sendKeys("三号窗口的工作人员很不耐烦，没有告诉我缺什么材料。");
        browser.shot("kiosk-03-description-zh");
        browser.tap(By.id("wizard:next"));
        browser.await(STEP_CONTACT);

        for (char digit : "13800138000".toCharArray()) {
            browser.tap(By.cssSelector(".keypad .key-" + digit));
        }
        browser.awaitText(By.id("phoneDisplay"), "138 0013 8000");
        browser.shot("kiosk-04-contact-zh");
        browser.tap(By.id("wizard:usePhone"));
        browser.await(STEP_REVIEW);
        assertEquals("服务态度", browser.find(By.id("reviewCategory")).getText());
        assertEquals("138 0013 8000", browser.find(By.id("reviewContact")).getText());
        browser.shot("kiosk-05-review-zh");

        browser.tap(By.id("wizard:submit"));
        browser.await(STEP_RECEIPT);
        String number = browser.find(TRACKING_NUMBER).getText();
        assertTrue(number.matches("TS-\\d{8}-\\d{5,6}"), number);
        browser.shot("kiosk-06-receipt-zh");

        browser.tap(By.id("wizard:done"));
        browser.await(By.cssSelector("h1.welcome"));
        browser.tap(By.id("status"));
        for (char digit : number.replaceAll("\\D", "").toCharArray()) {
            browser.tap(By.cssSelector(".keypad .key-" + digit));
        }
        browser.awaitText(By.id("numberDisplay"), number);
        browser.shot("kiosk-07-lookup-zh");
        browser.tap(By.id("lookup:search"));
        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());
        assertEquals(number, browser.find(By.id("resultNumber")).getText());
        browser.shot("kiosk-08-status-zh");
    }

    @Test
    void a_double_tap_on_submit_files_one_complaint() {
        browser.openFresh("/kiosk/file.xhtml");
        browser.tap(By.cssSelector("a.tile-FACILITIES_ENVIRONMENT"));
        browser.find(By.id("wizard:description")).sendKeys("等候区的叫号屏坏了。");
        browser.tap(By.id("wizard:next"));
        browser.tap(By.id("wizard:anonymous"));
        browser.await(STEP_REVIEW);
        assertEquals("匿名（不回访）", browser.find(By.id("reviewContact")).getText());

        WebElement submit = browser.find(By.id("wizard:submit"));
        browser.script("arguments[0].click(); arguments[0].click(); arguments[0].click();", submit);
        browser.ajaxDone();
        browser.await(STEP_RECEIPT);
        String number = browser.find(TRACKING_NUMBER).getText();

        String next = number.substring(0, 12) + String.format("%05d", Integer.parseInt(number.substring(12)) + 1);
        assertEquals(404, Api.get("/api/v1/complaints/" + next).status(), "a second complaint was filed: " + next);
        assertEquals(200, Api.get("/api/v1/complaints/" + number).status());
    }

    @Test
    void the_language_switch_turns_the_kiosk_to_english() throws IOException {
        browser.openFresh("/kiosk/index.xhtml");
        browser.tap(By.id("language:en"));
        browser.await(By.cssSelector(".kiosk-page.kiosk-en"));
        assertEquals("Hello! Tell us what was not right.", browser.find(By.cssSelector("h1.welcome")).getText());
        browser.shot("kiosk-01-start-en");

        browser.tap(By.id("file"));
        assertEquals("What is your complaint about?", browser.find(By.cssSelector("h2.question")).getText());
        assertEquals("Service attitude", browser.find(By.cssSelector("a.tile-SERVICE_ATTITUDE .tile-label")).getText());
        browser.shot("kiosk-02-category-en");
    }

    @Test
    void an_unknown_number_is_refused_with_a_message() {
        browser.openFresh("/kiosk/status.xhtml");
        for (char digit : "2001010199999".toCharArray()) {
            browser.tap(By.cssSelector(".keypad .key-" + digit));
        }
        browser.tap(By.id("lookup:search"));
        assertEquals("没有找到这个编号，请核对后重新输入。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        assertFalse(browser.present(By.id("resultStatus")));
    }

    @Test
    void a_category_plugin_dropped_into_the_folder_appears_on_an_open_kiosk_and_goes_when_removed() throws IOException {
        browser.openFresh("/kiosk/file.xhtml");
        By sampleTile = By.cssSelector("a.tile-" + PluginFolder.SAMPLE_CATEGORY);
        assertFalse(browser.present(sampleTile));

        long dropped = System.nanoTime();
        PluginFolder.dropSample();
        browser.await(sampleTile);
        long shownMillis = (System.nanoTime() - dropped) / 1_000_000;
        assertEquals("排队预约", browser.find(By.cssSelector("a.tile-QUEUEING .tile-label")).getText());
        browser.shot("kiosk-09-plugin-added-zh");

        long removed = System.nanoTime();
        PluginFolder.removeSample();
        browser.awaitGone(sampleTile);
        long goneMillis = (System.nanoTime() - removed) / 1_000_000;
        assertEquals(4, browser.driver().findElements(By.cssSelector("a.tile")).size());

        Files.writeString(TestServer.screenshots().getParent().resolve("plugin-latency.txt"),
                "file-drop install -> tile on an open kiosk (push): " + shownMillis + " ms\n"
                        + "file-drop remove -> tile gone on an open kiosk (push): " + goneMillis + " ms\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
