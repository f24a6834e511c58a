package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Browser;
import it.support.KioskSteps;
import it.support.KioskSteps.Receipt;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Filing at the kiosk by tapping only, in each mode (standard, elderly) and each language, the way
 * a citizen does: a tile, common problems, the window or staff number on the keypad, when it
 * happened, the category's own question, contact or anonymity, review, receipt. Every screen on
 * the way passes axe-core and is photographed in both orientations; the receipt's QR code reads
 * back as the complaint's status page, and staff see what was tapped.
 */
class KioskFilingIT {

    private static final By DETAILS = By.cssSelector("form.step-DETAILS");

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
    void a_citizen_files_in_chinese_in_standard_mode_with_a_window_number_and_a_phone() throws Exception {
        kiosk.start("?terminal=IT-FILE-1");
        kiosk.check("filing-01-start");
        browser.tap(By.id("file"));
        kiosk.check("filing-02-category");
        browser.tap(By.cssSelector("a.tile-SERVICE_ATTITUDE"));
        kiosk.check("filing-03-problem");
        browser.tap(By.cssSelector("a.pick-IMPATIENT"));
        browser.tap(By.cssSelector("a.pick-SHIRKING"));
        assertEquals("true", browser.find(By.cssSelector("a.pick-IMPATIENT")).getAttribute("aria-pressed"));
        kiosk.check("filing-03-problem-picked");
        browser.tap(By.id("wizard:nextFromProblem"));

        browser.await(DETAILS);
        kiosk.check("filing-04-details");
        browser.tap(By.id("wizard:whoWindow"));
        browser.tapDigits("12");
        browser.tap(By.id("wizard:whenYesterday"));
        kiosk.check("filing-04-details-filled");
        browser.tap(By.id("wizard:nextFromDetails"));

        browser.await(By.cssSelector("form.step-CONTACT"));
        kiosk.check("filing-05-contact");
        browser.tapDigits("13912345678");
        browser.awaitText(By.id("phoneDisplay"), "139 1234 5678");
        browser.tap(By.id("wizard:usePhone"));

        browser.await(By.cssSelector("form.step-REVIEW"));
        assertEquals("12 号窗口", browser.find(By.cssSelector("#reviewDetails .review-line")).getText());
        kiosk.check("filing-06-review");
        browser.tap(By.id("wizard:submit"));

        Receipt receipt = kiosk.receipt();
        kiosk.check("filing-07-receipt");
        browser.printShot("filing-07-receipt-printed-80mm");
        assertEquals(TestServer.uri("/kiosk/track.xhtml?n=" + receipt.number() + "&c=" + receipt.queryCode()).toString(),
                kiosk.qrCodeText(), "the QR code opens this complaint's status page");

        JsonObject filed = Staff.SUPERVISOR.view(receipt.number());
        assertEquals("KIOSK", filed.getString("channel"));
        assertEquals("IT-FILE-1", filed.getString("receivingTerminal"));
        assertEquals("常见问题：不耐烦、不愿解释；推诿扯皮、让我找别人", filed.getString("description"));
        assertEquals("12号窗口", filed.getJsonObject("registration").getString("staffComplainedAbout"));
        assertTrue(filed.getJsonObject("registration").containsKey("incidentAt"), filed.toString());
    }

    @Test
    void a_citizen_files_in_english_in_standard_mode_anonymously_answering_the_categorys_questions() throws Exception {
        kiosk.start("?terminal=IT-FILE-2&printer=false");
        kiosk.language("en");
        kiosk.check("filing-11-start");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-BUSINESS_HANDLING"));
        browser.tap(By.cssSelector("a.pick-SEVERAL_TRIPS"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.await(DETAILS);
        browser.tap(By.cssSelector("a.choice-REAL_ESTATE"));
        for (int visit = 0; visit < 3; visit++) {
            browser.tap(By.cssSelector(".field-VISITS button[id$=':more']"));
        }
        browser.tap(By.id("wizard:whenEarlier"));
        browser.tap(By.cssSelector("[id$='earlier:weekEarlier']"));
        kiosk.check("filing-12-details-filled");
        browser.tap(By.id("wizard:nextFromDetails"));
        kiosk.check("filing-13-contact");
        browser.tap(By.id("wizard:anonymous"));
        assertEquals("Anonymous (no call back)", browser.find(By.id("reviewContact")).getText());
        kiosk.check("filing-14-review");
        browser.tap(By.id("wizard:submit"));

        Receipt receipt = kiosk.receipt();
        assertTrue(browser.find(By.cssSelector(".keep")).getText().startsWith("This kiosk has no printer"));
        kiosk.check("filing-15-receipt-no-printer");

        JsonObject filed = Staff.SUPERVISOR.view(receipt.number());
        assertTrue(filed.getJsonObject("complainant").getBoolean("anonymous"));
        assertEquals("常见问题：跑了好几趟还没办成\n办理的是哪类业务：不动产登记\n为这件事来了几次：3",
                filed.getString("description"), "staff read what was tapped in the hall's language");
    }

    @Test
    void an_elderly_citizen_files_in_chinese_one_question_per_screen() throws Exception {
        kiosk.start("?terminal=IT-FILE-3");
        kiosk.elderly(true);
        kiosk.check("filing-21-start");
        browser.tap(By.id("file"));
        kiosk.check("filing-22-category");
        browser.tap(By.cssSelector("a.tile-FACILITIES_ENVIRONMENT"));
        kiosk.check("filing-23-problem");
        assertEquals(4, browser.driver().findElements(By.cssSelector("a.pick")).size(), "four problems per screen");
        browser.tap(By.id("wizard:morePicks"));
        browser.tap(By.cssSelector("a.pick-TEMPERATURE"));
        kiosk.check("filing-23-problem-page-2");
        browser.tap(By.id("wizard:nextFromProblem"));

        browser.await(DETAILS);
        kiosk.check("filing-24-details-words");
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.await(By.cssSelector(".detail-who"));
        browser.tap(By.id("wizard:whoStaff"));
        browser.tapDigits("1024");
        kiosk.check("filing-25-details-who");
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.await(By.cssSelector(".detail-when"));
        browser.tap(By.id("wizard:whenToday"));
        kiosk.check("filing-26-details-when");
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.await(By.cssSelector(".detail-fields"));
        browser.tap(By.cssSelector("a.choice-TOILETS"));
        kiosk.check("filing-27-details-fields");
        browser.tap(By.id("wizard:nextFromDetails"));

        kiosk.check("filing-28-contact");
        browser.tap(By.id("wizard:anonymous"));
        kiosk.check("filing-29-review");
        browser.tap(By.id("wizard:submit"));
        Receipt receipt = kiosk.receipt();
        kiosk.check("filing-30-receipt");

        JsonObject filed = Staff.SUPERVISOR.view(receipt.number());
        assertEquals("工号1024", filed.getJsonObject("registration").getString("staffComplainedAbout"));
        assertEquals("常见问题：空调太冷或太热\n在什么地方：卫生间", filed.getString("description"));
    }

    @Test
    void an_elderly_citizen_files_in_english_with_a_phone() throws Exception {
        kiosk.start("?terminal=IT-FILE-4");
        kiosk.elderly(true);
        kiosk.language("en");
        kiosk.check("filing-31-start");
        browser.tap(By.id("file"));
        kiosk.check("filing-32-category");
        browser.tap(By.cssSelector("a.tile-POLICY_CONSULTATION"));
        browser.tap(By.cssSelector("a.pick-CONFLICTING_ANSWERS"));
        kiosk.check("filing-33-problem");
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.await(DETAILS);
        while (browser.present(DETAILS)) {
            kiosk.check("filing-34-details-" + browser.find(By.cssSelector(".section-count")).getText().replaceAll("\\D", ""));
            browser.tap(By.id("wizard:nextFromDetails"));
        }
        kiosk.check("filing-35-contact");
        browser.tapDigits("13700001234");
        browser.tap(By.id("wizard:usePhone"));
        kiosk.check("filing-36-review");
        browser.tap(By.id("wizard:submit"));
        Receipt receipt = kiosk.receipt();
        kiosk.check("filing-37-receipt");
        assertEquals("137****1234", Staff.RECEPTION.view(receipt.number()).getJsonObject("complainant").getString("phone"));
    }
}
