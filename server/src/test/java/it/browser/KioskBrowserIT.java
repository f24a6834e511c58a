package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Browser;
import it.support.PluginFolder;
import it.support.Plugins;
import it.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A citizen at the kiosk in a portrait 1080 x 1920 window: typing (as the kiosk's input method
 * delivers text), the language switch, a refused lookup, and category plugins coming and going
 * on an open kiosk.
 */
class KioskBrowserIT {

    private static final By STEP_CATEGORY = By.cssSelector("form.step-CATEGORY");
    private static final By STEP_PROBLEM = By.cssSelector("form.step-PROBLEM");
    private static final By STEP_DETAILS = By.cssSelector("form.step-DETAILS");
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

    /** These tests count the default categories: no sample category plugin, whichever test ran before. */
    @BeforeEach
    void noSamplePlugin() throws IOException {
        Plugins.ensureSampleAbsent();
    }

    @AfterEach
    void noSamplePluginLeft() throws IOException {
        PluginFolder.removeSample();
    }

    @Test
    void a_citizen_types_what_happened_and_finds_the_complaint_again_with_number_and_query_code() throws IOException {
        browser.openFresh("/kiosk/index.xhtml?terminal=IT-K01");
        assertEquals("您好！有什么不满意，请告诉我们。", browser.find(By.cssSelector("h1.welcome")).getText());

        browser.tap(By.id("file"));
        browser.await(STEP_CATEGORY);
        assertEquals(4, browser.driver().findElements(By.cssSelector("a.tile")).size());
        assertEquals("工作人员的言行举止", browser.find(By.cssSelector("a.tile-SERVICE_ATTITUDE .tile-explanation")).getText());

        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        browser.await(STEP_PROBLEM);
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.await(STEP_DETAILS);
        browser.tap(By.id("wizard:nextFromDetails"));
        assertEquals("请选一个常见问题，或说说发生了什么。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        // typed as the kiosk's input method delivers it: the text field takes it like any other
        browser.find(By.id("wizard:description")).sendKeys("三号窗口的工作人员很不耐烦，没有告诉我缺什么材料。");
        browser.tap(By.id("wizard:whoWindow"));
        browser.tapDigits("3");
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.await(STEP_CONTACT);

        browser.tapDigits("13800138000");
        browser.awaitText(By.id("phoneDisplay"), "138 0013 8000");
        browser.tap(By.id("wizard:usePhone"));
        browser.await(STEP_REVIEW);
        assertEquals("服务态度", browser.find(By.id("reviewCategory")).getText());
        assertEquals("三号窗口的工作人员很不耐烦，没有告诉我缺什么材料。", browser.find(By.id("reviewDescription")).getText());
        assertEquals("138 0013 8000", browser.find(By.id("reviewContact")).getText());

        browser.tap(By.id("wizard:submit"));
        browser.await(STEP_RECEIPT);
        String number = browser.find(TRACKING_NUMBER).getText();
        String code = browser.find(By.id("queryCode")).getText();
        assertTrue(number.matches("TS-\\d{8}-\\d{5,6}"), number);

        browser.tap(By.id("done"));
        browser.await(By.cssSelector("h1.welcome"));
        browser.tap(By.id("status"));
        browser.tapDigits(number.replaceAll("\\D", ""));
        browser.awaitText(By.id("numberDisplay"), number);
        browser.tap(By.id("lookup:next"));
        browser.tapDigits(code);
        browser.tap(By.id("lookup:search"));
        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());
        assertEquals(number, browser.find(By.id("resultNumber")).getText());
    }

    @Test
    void the_language_switch_turns_the_kiosk_to_english() {
        browser.openFresh("/kiosk/index.xhtml");
        browser.tap(By.id("language:en"));
        browser.await(By.cssSelector(".kiosk-page.kiosk-en"));
        assertEquals("Hello! Tell us what was not right.", browser.find(By.cssSelector("h1.welcome")).getText());

        browser.tap(By.id("file"));
        assertEquals("What is your complaint about?", browser.find(By.cssSelector("h2.question")).getText());
        assertEquals("Service attitude", browser.find(By.cssSelector("a.tile-SERVICE_ATTITUDE .tile-label")).getText());
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        assertEquals("Rude or curt", browser.find(By.cssSelector("a.pick-RUDE")).getText());
    }

    @Test
    void an_unknown_number_is_refused_with_the_same_message_as_a_wrong_code() {
        browser.openFresh("/kiosk/status.xhtml");
        browser.tapDigits("2001010199999");
        browser.tap(By.id("lookup:next"));
        browser.tapDigits("123456");
        browser.tap(By.id("lookup:search"));
        assertEquals("编号和查询码对不上，请核对回执后重新输入。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
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
        // the plugin's common problems and its date field (plugin API 1.1) come with it
        browser.tap(sampleTile);
        assertEquals("等候时间太长", browser.find(By.cssSelector("a.pick-WAITED_TOO_LONG")).getText());
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.await(By.cssSelector(".field-APPOINTMENT_DAY .daypicker"));
        browser.shot("kiosk-10-plugin-date-field-zh");
        browser.tap(By.id("wizard:backFromDetails"));
        browser.tap(By.id("wizard:backFromProblem"));

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
