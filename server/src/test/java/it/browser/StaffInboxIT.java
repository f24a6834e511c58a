package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Axe;
import it.support.Browser;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bell in the staff header: a message for a staff member or their role raises its count on the
 * open screen without a reload (pushed over the web socket), and the case opens from the inbox,
 * the message marked read.
 */
class StaffInboxIT {

    private static final String DEADLINES = "org.servicehall.plugins.escalation.deadlines";
    private static final Duration PUSHED = Duration.ofSeconds(60);

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        TestServer.awaitReady();
        browser = Browser.start(1366, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_handler_sees_the_reminder_of_a_case_due_soon_arrive_on_the_open_screen_and_opens_the_case_from_it()
            throws IOException {
        login(Staff.SUN_LI);
        markAllRead();
        int before = unread();
        markDocument();
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "受理后一直没人联系我，收件人说材料在路上。");
        // due soon: the deadline rule reminds the handler of anything due within a year
        putDueSoonHours(Json.createValue(24 * 365));
        try {
            StaffWalk.toSignFor(number);
            awaitUnreadAbove(before);
        } finally {
            putDueSoonHours(null);
        }
        assertTrue(sameDocument(), "the count rose on the screen as it was, without a reload");

        WebElement message = openInboxAt(number);
        assertTrue(message.getAttribute("class").contains("unread"), message.getAttribute("class"));
        assertTrue(message.getText().contains("即将到期"), message.getText());
        assertEquals(List.of(), Axe.seriousOrCritical(browser.driver(), "staff-inbox"), "axe-core on the inbox");
        browser.shot("staff-20-inbox");

        openCaseFrom(number);
        browser.tapAndLoad(By.id("inbox:open"));
        assertTrue(messageAbout(number).getAttribute("class").contains(" read"), "opened from the inbox: read");
    }

    @Test
    void a_supervisor_sees_an_emergency_alert_arrive_marked_important_and_opens_the_case_from_it() throws IOException {
        login(Staff.SUPERVISOR);
        // the supervisors' role gets every alert of the test server's earlier tests: past 99 the bell
        // shows "99+", where no new one could show, so the supervisor starts with all of them read
        markAllRead();
        int before = unread();
        markDocument();
        String number = Api.fileAnonymously("SERVICE_ATTITUDE", "窗口人员一直推诿，我真的不想活了，明天就去找记者。");
        awaitUnreadAbove(before);
        assertTrue(sameDocument(), "the count rose on the screen as it was, without a reload");

        WebElement message = openInboxAt(number);
        assertTrue(message.getAttribute("class").contains("important"), "an emergency is marked: " + message.getAttribute("class"));
        assertTrue(message.getText().contains("重要"), message.getText());
        openCaseFrom(number);
    }

    // ---------------------------------------------------------------- steps

    private static void login(Staff who) {
        browser.openFresh("/login.xhtml");
        WebElement user = browser.find(By.id("login:username"));
        user.clear();
        user.sendKeys(who.username());
        browser.find(By.id("login:password")).sendKeys(Staff.PASSWORD);
        browser.tapAndLoad(By.id("login:submit"));
        browser.await(By.id("inbox:open"));
        browser.ajaxDone();
    }

    /** Marks every message read on the inbox page, as a user would, and waits for the bell to say so. */
    private static void markAllRead() {
        browser.tapAndLoad(By.id("inbox:open"));
        WebElement allRead = browser.find(By.id("inboxList:allRead"));
        if (allRead.isEnabled()) {
            browser.tap(By.id("inboxList:allRead"));
        }
        new WebDriverWait(browser.driver(), PUSHED).withMessage("the bell's count falls to 0")
                .ignoring(NumberFormatException.class)
                .until(d -> unread() == 0);
    }

    /** The bell's count; hidden (and 0) when nothing is unread. */
    private static int unread() {
        String shown = String.valueOf(browser.script("return document.getElementById('inboxCount').textContent;")).strip();
        return Integer.parseInt(shown.replace("+", ""));
    }

    private static void awaitUnreadAbove(int before) {
        new WebDriverWait(browser.driver(), PUSHED).withMessage("the bell's count rises above " + before)
                .ignoring(NumberFormatException.class)
                .until(d -> unread() > before);
        browser.ajaxDone();
    }

    /** A mark on the page's document: gone if the page were loaded again. */
    private static void markDocument() {
        browser.script("window.servicehallSameDocument = true;");
    }

    private static boolean sameDocument() {
        return Boolean.TRUE.equals(browser.script("return window.servicehallSameDocument === true;"));
    }

    private static WebElement openInboxAt(String number) {
        browser.tapAndLoad(By.id("inbox:open"));
        browser.await(By.id("inboxMessages"));
        return messageAbout(number);
    }

    private static WebElement messageAbout(String number) {
        return browser.find(By.cssSelector("li.inbox-message[data-number='" + number + "']"));
    }

    private static void openCaseFrom(String number) {
        browser.tapAndLoad(By.cssSelector("li.inbox-message[data-number='" + number + "'] a.open-case"));
        browser.awaitText(By.id("trackingNumber"), number);
    }

    private static void putDueSoonHours(jakarta.json.JsonValue hours) {
        Api.Reply reply = Staff.ADMIN.put("/api/v1/plugins/" + DEADLINES + "/settings", Json.createObjectBuilder()
                .add("values", Json.createObjectBuilder().add("dueSoonHours", hours == null ? jakarta.json.JsonValue.NULL : hours))
                .build());
        assertEquals(200, reply.status(), reply.body());
    }
}
