package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Browser;
import it.support.KioskSteps;
import it.support.KioskSteps.Receipt;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A citizen comes back to their complaint: follows its progress with the number and the query
 * code, opens the status page the receipt's QR code links to, and rates the closed complaint;
 * dissatisfied, they appeal at once. Strangers with a wrong code, or the phone's last digits, see
 * nothing; after five wrong codes the kiosk and the status page send the citizen to a window, however
 * often they reload. Every screen passes axe-core in both modes and languages.
 */
class KioskCitizenIT {

    private static Browser browser;
    private static KioskSteps kiosk;
    private static Receipt open;

    @BeforeAll
    static void startBrowserAndFile() throws IOException {
        TestServer.awaitReady();
        browser = Browser.start(1080, 1920);
        kiosk = new KioskSteps(browser);
        kiosk.start("?terminal=IT-CITIZEN");
        open = kiosk.fileAnonymously("SERVICE_ATTITUDE", "RUDE");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_wrong_query_code_is_refused_without_telling_whether_the_number_exists() throws IOException {
        kiosk.start("?terminal=IT-CITIZEN");
        browser.tap(By.id("status"));
        kiosk.checkEveryWay("status-01-number");
        kiosk.typeNumber(open.number());
        browser.tap(By.id("lookup:next"));
        kiosk.checkEveryWay("status-02-proof");
        browser.tapDigits(wrong(open.queryCode()));
        browser.tap(By.id("lookup:search"));

        assertEquals("编号和查询码对不上，请核对回执后重新输入。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        assertFalse(browser.present(By.id("resultStatus")), "nothing of the complaint is shown");
        kiosk.checkEveryWay("status-03-refused");

        browser.tap(By.id("lookup:next"));
        browser.tapDigits("9999");
        browser.tap(By.id("lookup:search"));
        assertEquals("请输入 6 位查询码。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip(),
                "four digits are no proof: only the six-digit code is asked for");
        assertFalse(browser.present(By.id("resultStatus")));
    }

    @Test
    void the_right_query_code_shows_the_timeline_and_the_deadline_that_runs_now() throws IOException {
        kiosk.start("");
        browser.tap(By.id("status"));
        kiosk.typeNumber(open.number());
        browser.tap(By.id("lookup:next"));
        browser.tapDigits(open.queryCode());
        browser.tap(By.id("lookup:search"));

        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());
        assertEquals(open.number(), browser.find(By.id("resultNumber")).getText());
        assertTrue(browser.find(By.id("resultDeadline")).getText().startsWith("受理时限"),
                browser.find(By.id("resultDeadline")).getText());
        assertFalse(browser.visibleText().contains("RUDE") || browser.visibleText().contains("态度生硬"),
                "no description on the public timeline");
        kiosk.checkEveryWay("status-04-result");
    }

    @Test
    void the_last_four_phone_digits_open_nothing() {
        String phone = "1390000" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        kiosk.start("?terminal=IT-CITIZEN");
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-POLICY_CONSULTATION"));
        browser.tap(By.cssSelector("a.pick-VAGUE_ANSWER"));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.tap(By.id("wizard:nextFromDetails"));
        browser.tapDigits(phone);
        browser.tap(By.id("wizard:usePhone"));
        browser.tap(By.id("wizard:submit"));
        Receipt withPhone = kiosk.receipt();

        kiosk.start("");
        browser.tap(By.id("status"));
        kiosk.typeNumber(withPhone.number());
        browser.tap(By.id("lookup:next"));
        browser.tapDigits(phone.substring(7));
        browser.tap(By.id("lookup:search"));
        assertEquals("请输入 6 位查询码。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        assertFalse(browser.present(By.id("resultStatus")), "the phone's last digits are no proof");

        browser.tap(By.id("lookup:back"));
        browser.tap(By.id("lookup:next"));
        browser.tapDigits(withPhone.queryCode());
        browser.tap(By.id("lookup:search"));
        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());
    }

    @Test
    void after_five_wrong_codes_the_status_page_sends_the_citizen_to_a_window_even_with_the_right_code_and_after_reloads()
            throws IOException {
        kiosk.start("?terminal=IT-LOCK");
        Receipt receipt = kiosk.fileAnonymously("FACILITIES_ENVIRONMENT", "NOT_ENOUGH_SEATS");
        String wrongLink = "/kiosk/track.xhtml?n=" + receipt.number() + "&c=" + wrong(receipt.queryCode());
        for (int i = 1; i <= 4; i++) {
            browser.openFresh(wrongLink);
            assertTrue(browser.present(By.id("trackRefused")), "wrong code " + i + " is refused as a bad link");
            assertFalse(browser.present(By.id("locked")));
        }
        browser.openFresh(wrongLink);
        assertTrue(browser.present(By.id("locked")), "the fifth wrong code locks the number");

        String rightLink = "/kiosk/track.xhtml?n=" + receipt.number() + "&c=" + receipt.queryCode();
        browser.openFresh(rightLink);
        assertTrue(browser.present(By.id("locked")), "a fresh visit with the right code is still sent to a window");
        assertFalse(browser.present(By.id("resultStatus")));
        browser.driver().navigate().refresh();
        assertTrue(browser.present(By.id("locked")), "a reload changes nothing");
        assertEquals("查询码输错次数太多，为保护您的信息，这件投诉暂时不能在自助机和网上查询。请到服务大厅的窗口，工作人员核对身份后可为您补发新的查询码。",
                browser.find(By.id("lockedText")).getText());
        kiosk.checkEveryWay("track-03-locked");

        // the kiosk's own lookup, in a new session, says the same
        kiosk.start("?terminal=IT-LOCK");
        browser.tap(By.id("status"));
        kiosk.typeNumber(receipt.number());
        browser.tap(By.id("lookup:next"));
        browser.tapDigits(receipt.queryCode());
        browser.tap(By.id("lookup:search"));
        browser.await(By.id("locked"));
        assertFalse(browser.present(By.id("resultStatus")));
        assertFalse(browser.present(By.id("lookup:search")), "no more codes are taken on this screen");
        kiosk.checkEveryWay("status-05-locked");

        // a window hands over a new code: it works at once, the old one no longer does
        String fresh = Staff.RECEPTION.reissueQueryCode(receipt.number(), "身份证核对");
        browser.openFresh("/kiosk/track.xhtml?n=" + receipt.number() + "&c=" + fresh);
        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());
        browser.openFresh(rightLink);
        assertTrue(browser.present(By.id("trackRefused")), "the old code stopped working");
    }

    @Test
    void the_receipts_status_page_opens_on_a_phone_with_nothing_typed() throws IOException {
        browser.openFresh("/kiosk/track.xhtml?n=" + open.number() + "&c=" + open.queryCode());
        assertEquals("已受理", browser.find(By.id("resultStatus")).getText());
        assertFalse(browser.present(By.id("idleDialog")), "a phone is not a kiosk: no idle wipe");
        kiosk.checkEveryWay("track-01-status");

        browser.openFresh("/kiosk/track.xhtml?n=" + open.number() + "&c=" + wrong(open.queryCode()));
        assertTrue(browser.present(By.id("trackRefused")));
        assertFalse(browser.present(By.id("resultStatus")));
        kiosk.checkEveryWay("track-02-refused");
    }

    @Test
    void a_citizen_rates_a_closed_complaint_dissatisfied_and_appeals_it_at_the_kiosk() throws IOException {
        kiosk.start("?terminal=IT-CITIZEN");
        Receipt receipt = kiosk.fileAnonymously("BUSINESS_HANDLING", "TOO_SLOW");
        StaffWalk.toClosedWithoutFeedback(receipt.number());

        kiosk.start("?terminal=IT-RATE-K07");
        browser.tap(By.id("rate"));
        kiosk.checkEveryWay("rate-01-number");
        kiosk.typeNumber(receipt.number());
        browser.tap(By.id("rating:next"));
        kiosk.checkEveryWay("rate-02-code");
        browser.tapDigits(wrong(receipt.queryCode()));
        browser.tap(By.id("rating:check"));
        assertEquals("编号和查询码对不上，请核对回执后重新输入。", browser.find(By.cssSelector(".kiosk-messages")).getText().strip());
        assertFalse(browser.present(By.cssSelector("a.level")), "a wrong code rates nothing");

        browser.tap(By.id("rating:next"));
        browser.tapDigits(receipt.queryCode());
        browser.tap(By.id("rating:check"));
        browser.await(By.cssSelector("a.level-DISSATISFIED"));
        kiosk.checkEveryWay("rate-03-level");
        browser.tap(By.cssSelector("a.level-DISSATISFIED"));
        kiosk.checkEveryWay("rate-04-reasons");
        browser.tap(By.cssSelector("a.reason-NOT_SOLVED"));
        browser.tap(By.id("rating:submitRating"));
        browser.await(By.id("thanks"));
        kiosk.checkEveryWay("rate-05-thanks-appeal-offered");

        JsonObject rated = Staff.SUPERVISOR.view(receipt.number());
        assertEquals("CLOSED", rated.getString("status"));
        assertEquals("DISSATISFIED", rated.getString("citizenRating"));

        browser.tap(By.id("rating:appeal"));
        browser.await(By.id("appealed"));
        assertEquals("申诉复核中", browser.find(By.id("resultStatus")).getText());
        kiosk.checkEveryWay("rate-06-appealed");

        JsonObject appealed = Staff.SUPERVISOR.view(receipt.number());
        assertEquals("APPEALED", appealed.getString("status"));
        assertEquals(1, appealed.getInt("appealRound"));
        assertEquals("对处理结果不满意，在自助机上申请复核：问题没有解决", appealed.getString("appealReason"));
        List<JsonObject> history = appealed.getJsonArray("history").getValuesAs(JsonObject.class);
        JsonObject ratedEntry = history.get(history.size() - 2);
        assertEquals("RATED", ratedEntry.getString("action"));
        assertEquals("DISSATISFIED: 问题没有解决", ratedEntry.getString("summary"));
        assertEquals("APPEALED", history.get(history.size() - 1).getString("action"));
        assertTrue(history.get(history.size() - 1).toString().contains("IT-RATE-K07"), "recorded with the kiosk's terminal");
    }

    @Test
    void a_complaint_still_in_hand_cannot_be_rated_yet() throws IOException {
        kiosk.start("");
        browser.tap(By.id("rate"));
        kiosk.typeNumber(open.number());
        browser.tap(By.id("rating:next"));
        browser.tapDigits(open.queryCode());
        browser.tap(By.id("rating:check"));
        browser.await(By.id("notNow"));
        assertFalse(browser.present(By.cssSelector("a.level")));
        kiosk.checkEveryWay("rate-07-not-yet");
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
