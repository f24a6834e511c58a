package it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Archives;
import it.support.Browser;
import it.support.Staff;
import it.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live updates across servers on one database: what another server writes to the event table
 * (a complaint it filed, a message for staff) reaches the screens open on the test server within
 * 2 s, pushed over their web sockets. The other server is an application of its own in the test
 * server ({@link OtherServer}), which shares nothing with ServiceHall but the database, so its
 * complaint can reach the window through the relay only.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterEventsIT {

    /** What the issue asks: a filing through one server shows on a window of another within 2 s. */
    private static final Duration WITHIN = Duration.ofSeconds(2);
    /** How long a test waits at most, to report how late a late push was. */
    private static final Duration AT_MOST = Duration.ofSeconds(30);
    private static final String OTHER_SERVER = "it-cluster-other-server";

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive otherServer() {
        return Archives.of(OTHER_SERVER, List.of("DatabaseMigration"),
                        "org.servicehall.domain", "org.servicehall.infrastructure.persistence", "org.servicehall.infrastructure.time")
                .addClass(OtherServer.class)
                .addAsResource("META-INF/persistence.xml");
    }

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
    void a_complaint_filed_through_another_server_appears_on_the_window_open_here_within_2_s() throws Exception {
        login(Staff.RECEPTION, By.id("live:arrivals"));
        browser.script("window.__sameDocument = true;");

        String number = otherServer("/filing");
        long stored = System.nanoTime();
        // the panel is drawn anew when the push arrives: an element found just before may be gone
        new WebDriverWait(browser.driver(), AT_MOST, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .withMessage("the complaint " + number + " of the other server on the window")
                .until(d -> d.findElement(By.id("live:arrivals")).getText().contains(number));
        Duration took = Duration.ofNanos(System.nanoTime() - stored);

        assertTrue(took.compareTo(WITHIN) <= 0, "shown after " + took.toMillis() + " ms");
        assertEquals(Boolean.TRUE, browser.script("return window.__sameDocument === true;"), "pushed, not reloaded");
        browser.shot("cluster-01-window-arrival-from-another-server");
    }

    @Test
    void a_message_posted_through_another_server_raises_the_bell_open_here_within_2_s() throws Exception {
        login(Staff.RECEPTION, By.id("inbox:open"));
        markAllRead();
        browser.script("window.__sameDocument = true;");

        otherServer("/message?to=" + Staff.RECEPTION.username());
        long posted = System.nanoTime();
        new WebDriverWait(browser.driver(), AT_MOST, Duration.ofMillis(50))
                .ignoring(NumberFormatException.class)
                .withMessage("the bell's count rises")
                .until(d -> unread() > 0);
        Duration took = Duration.ofNanos(System.nanoTime() - posted);

        assertTrue(took.compareTo(WITHIN) <= 0, "shown after " + took.toMillis() + " ms");
        assertEquals(Boolean.TRUE, browser.script("return window.__sameDocument === true;"), "pushed, not reloaded");
    }

    // ---------------------------------------------------------------- steps

    /** Asks the other server to do something; answers what it did (a tracking number, a user name). */
    private static String otherServer(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + TestServer.port() + "/" + OTHER_SERVER + path))
                        .POST(HttpRequest.BodyPublishers.noBody()).timeout(AT_MOST).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().strip();
    }

    private static void login(Staff who, By landed) {
        browser.openFresh("/login.xhtml");
        WebElement user = browser.find(By.id("login:username"));
        user.clear();
        user.sendKeys(who.username());
        browser.find(By.id("login:password")).sendKeys(Staff.PASSWORD);
        browser.tapAndLoad(By.id("login:submit"));
        browser.await(landed);
        browser.ajaxDone();
    }

    /** Marks every message read on the inbox page, as a user would, and waits for the bell to say so. */
    private static void markAllRead() {
        browser.tapAndLoad(By.id("inbox:open"));
        WebElement allRead = browser.find(By.id("inboxList:allRead"));
        if (allRead.isEnabled()) {
            browser.tap(By.id("inboxList:allRead"));
        }
        new WebDriverWait(browser.driver(), AT_MOST).withMessage("the bell's count falls to 0")
                .ignoring(NumberFormatException.class)
                .until(d -> unread() == 0);
        browser.ajaxDone();
    }

    /** The bell's count; hidden (and 0) when nothing is unread. */
    private static int unread() {
        String shown = String.valueOf(browser.script("return document.getElementById('inboxCount').textContent;")).strip();
        return Integer.parseInt(shown.replace("+", ""));
    }
}
