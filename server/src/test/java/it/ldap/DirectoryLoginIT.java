package it.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Browser;
import jakarta.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Staff log in with their account of the organisation's directory, on the deployed configuration
 * (registry "ldap", HTTPS only): their directory group gives them their role, ServiceHall's own
 * directory their name and department, and leaving the directory ends their access.
 */
class DirectoryLoginIT {

    private static final String PASSWORD = HallDirectory.PASSWORD;

    @BeforeAll
    static void ready() throws Exception {
        LdapServer.awaitReady();
    }

    @Test
    void a_directory_account_calls_the_api_with_the_role_of_its_group() {
        assertEquals(200, LdapServer.get("/api/v1/queues/mine", HallDirectory.HANDLER, PASSWORD).status());
        String statistics = "/api/v1/statistics?from=2026-01-01&to=2026-01-31";
        assertEquals(403, LdapServer.get(statistics, HallDirectory.HANDLER, PASSWORD).status(),
                "a handler may not open the supervisor's statistics");
        assertEquals(200, LdapServer.get(statistics, HallDirectory.SUPERVISOR, PASSWORD).status());
        assertEquals(401, LdapServer.get("/api/v1/queues/mine", HallDirectory.HANDLER, "wrong-password").status());
        assertEquals(403, LdapServer.get("/api/v1/queues/mine", HallDirectory.NO_ROLE, PASSWORD).status(),
                "a directory account in none of ServiceHall's groups has no role");
        assertEquals(401, LdapServer.get("/api/v1/queues/mine").status());
    }

    @Test
    void a_form_login_shows_the_name_from_servicehall_s_directory_and_keeps_its_cookies_on_https() throws Exception {
        // the administrator (a directory account in the admins group) enters the handler's department and name
        assertEquals(200, LdapServer.put("/api/v1/directory/departments/REAL_ESTATE", Json.createObjectBuilder()
                .add("kind", "DEPARTMENT").add("nameZh", "不动产登记窗口").add("nameEn", "Real estate registration")
                .add("active", true).build(), HallDirectory.ADMIN, PASSWORD).status());
        assertEquals(200, LdapServer.put("/api/v1/directory/staff/" + HallDirectory.HANDLER, Json.createObjectBuilder()
                .add("displayName", "林办理").add("departmentCode", "REAL_ESTATE").add("active", true).build(),
                HallDirectory.ADMIN, PASSWORD).status());

        try (Browser browser = Browser.startAcceptingTestCertificates(1280, 900)) {
            browser.driver().get(LdapServer.uri("/login.xhtml").toString());
            browser.find(By.id("login:username")).sendKeys(HallDirectory.HANDLER);
            browser.find(By.id("login:password")).sendKeys(PASSWORD);
            browser.tap(By.id("login:submit"));
            browser.awaitContains(By.id("whoami"), "林办理");
            assertTrue(browser.driver().getCurrentUrl().startsWith(LdapServer.uri("/staff/").toString()),
                    browser.driver().getCurrentUrl());
            for (Cookie cookie : browser.driver().manage().getCookies()) {
                assertTrue(cookie.isSecure(), cookie.getName() + " travels over HTTPS only");
            }
            assertTrue(browser.driver().manage().getCookieNamed("SERVICEHALL_SSO") != null, "logged in with the SSO cookie");

            browser.driver().get(LdapServer.uri("/staff/dashboard.xhtml").toString());
            assertTrue(browser.find(By.id("forbidden")).getText().contains("无权访问"),
                    "a handler may not open the supervisor's dashboard");
        }
        String hsts = LdapServer.get("/health/live").header("Strict-Transport-Security");
        assertTrue(hsts != null && hsts.contains("max-age=31536000"), "HSTS on every answer: " + hsts);
    }

    @Test
    void a_staff_member_removed_from_the_directory_can_no_longer_log_in() throws Exception {
        HallDirectory.up();
        HallDirectory.person("ma.leaver", "马离职");
        HallDirectory.join("ma.leaver", "handlers");
        assertEquals(200, LdapServer.get("/api/v1/queues/mine", "ma.leaver", PASSWORD).status());

        HallDirectory.remove("ma.leaver", "handlers");

        assertEquals(401, LdapServer.get("/api/v1/queues/mine", "ma.leaver", PASSWORD).status(),
                "the test server keeps no cache of directory answers or logins");
        try (Browser browser = Browser.startAcceptingTestCertificates(1280, 900)) {
            browser.driver().get(LdapServer.uri("/login.xhtml").toString());
            browser.find(By.id("login:username")).sendKeys("ma.leaver");
            browser.find(By.id("login:password")).sendKeys(PASSWORD);
            browser.tap(By.id("login:submit"));
            browser.awaitContains(By.id("login:messages"), "用户名或密码不正确");
        }
    }
}
