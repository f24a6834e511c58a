package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Await;
import it.support.Axe;
import it.support.Browser;
import it.support.PluginFolder;
import it.support.Plugins;
import it.support.Staff;
import it.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The plugin screen as IT staff use it — report, upload, stop, remove, settings — and closed to everyone else. */
class PluginAdminIT {

    private static final String SAMPLE = "org.servicehall.plugins.category.sample";

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
        assertTrue(table.contains("规则 deadlines"), table);
        assertTrue(table.contains("规则 urgent-words"), table);
        assertTrue(table.contains("分类 SERVICE_ATTITUDE"), table);
        assertTrue(table.contains("渠道 hotline-12345"), table);
        assertTrue(table.contains("运行中"), table);
        assertTrue(browser.find(By.id("summary")).getText().contains("已安装"), browser.visibleText());
        browser.shot("staff-admin-plugins");
        assertEquals(List.of(), Axe.seriousOrCritical(browser.driver(), "staff-admin-plugins"), "axe-core on the plugin screen");
    }

    @Test
    void a_supervisor_gets_403_and_no_link() {
        login(Staff.SUPERVISOR);
        assertFalse(browser.present(By.id("navPlugins")));
        browser.open("/staff/admin/plugins.xhtml");
        assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"));
        assertEquals(403, Staff.SUPERVISOR.get("/api/v1/plugins").status());
    }

    @Test
    void an_uploaded_category_plugin_shows_on_an_open_kiosk_then_stop_and_remove_take_it_away_for_good() throws Exception {
        By sampleTile = By.cssSelector("a.tile-" + PluginFolder.SAMPLE_CATEGORY);
        Plugins.ensureSampleAbsent();
        try (Browser kiosk = Browser.start(1080, 1920)) {
            kiosk.openFresh("/kiosk/file.xhtml");
            assertFalse(kiosk.present(sampleTile));

            login(Staff.ADMIN);
            browser.open("/staff/admin/plugins.xhtml");
            long uploaded = System.nanoTime();
            // the advanced upload hides its file input behind the "choose" button, as browsers allow
            browser.driver().findElement(By.cssSelector("form#upload input[type=file]"))
                    .sendKeys(TestServer.testBundle(PluginFolder.SAMPLE_BUNDLE).toAbsolutePath().toString());
            kiosk.await(sampleTile);
            long shownMillis = (System.nanoTime() - uploaded) / 1_000_000;
            browser.awaitContains(By.id("plugins:table"), SAMPLE);
            assertTrue(browser.find(By.id("messages")).getText().contains("已完成"), browser.visibleText());
            browser.shot("staff-admin-plugins-uploaded");
            // the servers that run it: the test server alone, once it reported (every 2 s)
            Await.until(() -> {
                browser.open("/staff/admin/plugins.xhtml");
                return rowText(SAMPLE).contains("运行于 1/1 个节点");
            }, Duration.ofSeconds(15), () -> "no node count in " + rowText(SAMPLE));

            long stopped = System.nanoTime();
            browser.tap(actionButton(SAMPLE, "stop"));
            kiosk.awaitGone(sampleTile);
            long goneMillis = (System.nanoTime() - stopped) / 1_000_000;
            browser.await(actionButton(SAMPLE, "start"));
            assertTrue(rowText(SAMPLE).contains("已由信息科停用"), rowText(SAMPLE));

            browser.tap(actionButton(SAMPLE, "remove"));
            browser.tap(By.cssSelector(".ui-confirmdialog-yes"));
            browser.awaitGone(actionButton(SAMPLE, "start"));
            assertFalse(Files.exists(TestServer.pluginsDir().resolve(SAMPLE + ".jar")));
            String audit = browser.find(By.id("plugins:audit")).getText();
            assertTrue(audit.contains("上传") && audit.contains("停用") && audit.contains("移除"), audit);
            browser.shot("staff-admin-plugins-removed");

            Path removedFolder = TestServer.pluginsDir().resolveSibling(TestServer.pluginsDir().getFileName() + "-admin")
                    .resolve("removed");
            try (Stream<Path> removed = Files.list(removedFolder)) {
                assertTrue(removed.anyMatch(f -> f.getFileName().toString().endsWith(SAMPLE + ".jar")),
                        "the jar is kept aside, out of the watched folder (FelixPluginHostIT restarts a host on such a folder)");
            }
            kiosk.openFresh("/kiosk/file.xhtml");
            kiosk.await(By.cssSelector("a.tile"));
            assertFalse(kiosk.present(sampleTile));

            Files.writeString(TestServer.screenshots().getParent().resolve("plugin-latency.txt"),
                    "admin upload -> tile on an open kiosk: " + shownMillis + " ms\n"
                            + "admin stop -> tile gone on an open kiosk: " + goneMillis + " ms\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } finally {
            PluginFolder.removeSample();
        }
    }

    @Test
    void it_staff_change_a_rule_setting_and_a_wrong_value_is_refused_in_words() {
        login(Staff.ADMIN);
        browser.open("/staff/admin/plugins.xhtml");
        try {
            WebElement hours = settingsPanel("deadlines").findElement(By.cssSelector("input[id$=':text']"));
            hours.clear();
            hours.sendKeys("soon");
            settingsPanel("deadlines").findElement(By.cssSelector("button[id$=':save']")).click();
            browser.awaitContains(By.id("messages"), "dueSoonHours");
            assertTrue(browser.find(By.id("messages")).getText().contains("未保存"), browser.visibleText());
            hours = settingsPanel("deadlines").findElement(By.cssSelector("input[id$=':text']"));
            assertEquals("soon", hours.getAttribute("value"), "what IT typed stays");

            hours.clear();
            hours.sendKeys("6");
            settingsPanel("deadlines").findElement(By.cssSelector("button[id$=':save']")).click();
            browser.awaitContains(By.id("messages"), "已保存");
            assertEquals("6", settingsPanel("deadlines").findElement(By.cssSelector("input[id$=':text']")).getAttribute("value"));
            assertTrue(Staff.ADMIN.get("/api/v1/plugins/audit").body().contains("dueSoonHours"));
        } finally {
            // back to the default for the other tests, whatever happened above
            browser.open("/staff/admin/plugins.xhtml");
            setting("deadlines", "即将到期提醒", "");
        }
    }

    @Test
    void it_staff_lower_the_public_sites_lookup_limit_and_it_applies_at_the_next_request() throws Exception {
        String statusLink = "/public/track.xhtml?n=TS-20260101-00001&c=000000"; // a lookup, whether or not it finds one
        login(Staff.ADMIN);
        browser.open("/staff/admin/plugins.xhtml");
        setting("website", "每分钟查询上限", "1");
        browser.script("arguments[0].scrollIntoView()", settingsPanel("website"));
        browser.shot("admin-plugins-website-settings-zh");
        try {
            assertEquals(200, Api.get(statusLink, "Accept", "text/html").status());
            Api.Reply refused = Api.get(statusLink, "Accept", "text/html");
            assertEquals(429, refused.status(), "the second lookup within the minute is over the new limit");
            assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
        } finally {
            setting("website", "每分钟查询上限", ""); // back to the default for the other tests
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = Api.get(statusLink, "Accept", "text/html").status();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = Api.get(statusLink, "Accept", "text/html").status();
        }
        assertEquals(200, status, "the default limit is back");
    }

    /** Types a value into one setting of a plugin's panel (empty: the default) and saves it. */
    private static void setting(String panel, String label, String value) {
        List<WebElement> inputs = settingsPanel(panel).findElements(By.xpath(
                ".//div[contains(@class,'field')][.//label[contains(., '" + label + "')]]//input"));
        assertFalse(inputs.isEmpty(), "no setting " + label + " in: " + settingsPanel(panel).getAttribute("outerHTML"));
        WebElement input = inputs.get(0);
        input.clear();
        input.sendKeys(value);
        settingsPanel(panel).findElement(By.cssSelector("button[id$=':save']")).click();
        browser.ajaxDone();
        browser.awaitContains(By.id("messages"), "已保存");
    }

    private static WebElement settingsPanel(String id) {
        return browser.driver().findElements(By.cssSelector(".settings-panel")).stream()
                .filter(p -> p.findElement(By.cssSelector(".ui-panel-title")).getText().contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no settings panel for " + id));
    }

    private static By actionButton(String plugin, String action) {
        return By.xpath("//tr[.//text()[contains(., '" + plugin + "')]]//button[contains(@id, ':" + action + "')]");
    }

    private static String rowText(String plugin) {
        return browser.find(By.xpath("//tr[.//text()[contains(., '" + plugin + "')]]")).getText();
    }

    private static void login(Staff who) {
        browser.openFresh("/login.xhtml");
        browser.find(By.id("login:username")).sendKeys(who.username());
        browser.find(By.id("login:password")).sendKeys(Staff.PASSWORD);
        browser.tapAndLoad(By.id("login:submit"));
        browser.await(By.id("whoami"));
    }
}
