package it.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The organisation's directory goes away: staff are told so on the login page (not that their
 * password is wrong), API callers get a refusal without a stack trace, the log names the
 * directory, and logins work again once it is back.
 */
class DirectoryDownIT {

    @BeforeAll
    static void ready() throws Exception {
        LdapServer.awaitReady();
    }

    @AfterEach
    void directoryBack() throws Exception {
        HallDirectory.up();
    }

    @Test
    void with_the_directory_down_staff_are_told_so_and_nothing_leaks() throws Exception {
        assertEquals(200, LdapServer.get("/api/v1/queues/mine", HallDirectory.HANDLER, HallDirectory.PASSWORD).status());
        HallDirectory.down();

        Api.Reply api = LdapServer.get("/api/v1/queues/mine", HallDirectory.HANDLER, HallDirectory.PASSWORD);
        assertTrue(api.status() == 401 || api.status() == 503, api.status() + " " + api.body());
        assertFalse(api.body().contains("Exception") || api.body().contains("at com.ibm"), "no stack trace: " + api.body());

        try (Browser browser = Browser.startAcceptingTestCertificates(1280, 900)) {
            browser.driver().get(LdapServer.uri("/login.xhtml").toString());
            browser.find(By.id("login:username")).sendKeys(HallDirectory.HANDLER);
            browser.find(By.id("login:password")).sendKeys(HallDirectory.PASSWORD);
            browser.tap(By.id("login:submit"));
            browser.awaitContains(By.id("login:messages"), "暂时无法连接单位的人员目录");
            assertEquals(HallDirectory.HANDLER, browser.find(By.id("login:username")).getAttribute("value"),
                    "what was typed is kept");
            String shown = browser.find(By.tagName("body")).getText();
            assertFalse(shown.contains("Exception") || shown.contains("CWIML"), "no stack trace on the page: " + shown);
        }
        assertTrue(LdapServer.log().contains("staff directory 127.0.0.1:" + System.getProperty("servicehall.it.ldap.port")
                + " cannot be reached"), "the log names the directory that is away");

        HallDirectory.up();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline
                && (status = LdapServer.get("/api/v1/queues/mine", HallDirectory.HANDLER, HallDirectory.PASSWORD).status()) != 200) {
            Thread.sleep(250);
        }
        assertEquals(200, status, "logins work again once the directory is back");
    }
}
