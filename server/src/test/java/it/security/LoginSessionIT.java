package it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Staff;
import it.support.TestServer;
import it.support.WebSession;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logging in and out as staff: a single sign-on cookie is worthless once its owner logged out, and
 * guessing passwords locks the name for a while — on the login page and for HTTP Basic alike,
 * counted where every login passes, without saying whether the name exists. IT sees and lifts
 * locks, and both are in the audit trail.
 */
class LoginSessionIT {

    /** A clerk no other test logs in as, so that locking her out disturbs nothing else. */
    private static final String CLERK = "li.na";

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @AfterAll
    static void unlock() {
        Staff.ADMIN.delete("/api/v1/login-locks/" + CLERK);
    }

    @Test
    void the_single_sign_on_cookie_is_worthless_after_logout() {
        WebSession session = new WebSession();
        assertEquals(302, session.login(Staff.RECEPTION.username(), Staff.PASSWORD).status());
        String sso = session.cookie("SERVICEHALL_SSO").orElseThrow(() -> new AssertionError("no SSO cookie"));
        assertEquals(200, withCookie(sso).status(), "the cookie opens the staff API while logged in");

        Api.Reply bye = session.logout("/staff/window.xhtml");
        assertEquals(302, bye.status(), bye.body());
        assertTrue(bye.header("Location").contains("/login.xhtml?bye=true"), bye.header("Location"));

        assertEquals(401, withCookie(sso).status(), "a copy of the cookie kept from before the logout opens nothing");
        Api.Reply page = new WebSession().send(HttpRequest.newBuilder(TestServer.uri("/staff/window.xhtml"))
                .header("Cookie", "SERVICEHALL_SSO=" + sso).GET());
        assertEquals(302, page.status(), "nor the staff screens");
        assertTrue(page.header("Location").contains("/login.xhtml"), page.header("Location"));
    }

    @Test
    void wrong_passwords_lock_the_name_on_the_api_and_the_login_page_until_it_lifts_the_lock() {
        Staff.ADMIN.delete("/api/v1/login-locks/" + CLERK);
        assertEquals(200, basic(CLERK, Staff.PASSWORD, "zh-CN").status(), "the clerk can work");

        // five wrong passwords, by either way in, count together
        for (int i = 0; i < 3; i++) {
            assertEquals(401, basic(CLERK, "guess-" + i, "zh-CN").status());
        }
        Api.Reply fourth = new WebSession().login(CLERK, "guess-3");
        assertEquals(200, fourth.status());
        assertTrue(message(fourth.body()).contains("用户名或密码不正确"), fourth.body());
        Api.Reply fifth = new WebSession().login(CLERK, "guess-4");
        assertTrue(message(fifth.body()).contains("错误次数过多"), "the wrong password that locks says so: " + fifth.body());

        Api.Reply locked = basic(CLERK, Staff.PASSWORD, "zh-CN");
        assertEquals(401, locked.status(), "even the right password is refused while locked: " + locked.body());
        assertEquals("urn:servicehall:problem:locked", locked.json().getString("type"), locked.body());
        assertTrue(locked.json().getString("detail").contains("分钟"), locked.body());
        assertTrue(locked.header("WWW-Authenticate").startsWith("Basic"), "clients still learn how to log in");
        Api.Reply lockedEn = basic(CLERK, Staff.PASSWORD, "en");
        assertTrue(lockedEn.json().getString("detail").contains("minutes"), lockedEn.body());

        Api.Reply page = new WebSession().login(CLERK, Staff.PASSWORD);
        assertEquals(200, page.status(), "the login page refuses too");
        String lockedText = message(page.body());
        assertTrue(lockedText.contains("错误次数过多"), page.body());

        // a name nobody has is locked the same way, with the same words: the lock tells nothing
        for (int i = 0; i < 5; i++) {
            new WebSession().login("no.such.person", "guess-" + i);
        }
        assertEquals(lockedText, message(new WebSession().login("no.such.person", "anything").body()));

        JsonObject locks = Staff.ADMIN.get("/api/v1/login-locks").json();
        assertTrue(locks.getJsonArray("locks").stream()
                .anyMatch(l -> l.asJsonObject().getString("username").equals(CLERK)), locks.toString());
        assertEquals(403, Staff.SUPERVISOR.get("/api/v1/login-locks").status(), "only IT");

        Api.Reply lifted = Staff.ADMIN.delete("/api/v1/login-locks/" + CLERK);
        assertEquals(200, lifted.status(), lifted.body());
        assertEquals(200, basic(CLERK, Staff.PASSWORD, "zh-CN").status(), "the clerk works again");

        String audit = Staff.ADMIN.get("/api/v1/login-locks/audit").body();
        assertTrue(audit.contains("\"LOCKED\"") && audit.contains("\"UNLOCKED\"") && audit.contains(CLERK), audit);
        assertTrue(audit.contains("it.admin"), "who lifted the lock: " + audit);
        assertFalse(audit.contains("guess-"), "never a password: " + audit);
    }

    private static Api.Reply withCookie(String sso) {
        return Api.send(HttpRequest.newBuilder(TestServer.uri("/api/v1/queues/MINE"))
                .header("Cookie", "SERVICEHALL_SSO=" + sso).header("Accept", "application/json").GET());
    }

    private static Api.Reply basic(String user, String password, String language) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Api.send(HttpRequest.newBuilder(TestServer.uri("/api/v1/queues/MINE"))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .header("Accept-Language", language).GET());
    }

    /** The text of the login page's error message. */
    private static String message(String page) {
        java.util.regex.Matcher summary = java.util.regex.Pattern
                .compile("ui-messages-error-summary\">([^<]*)<").matcher(page);
        assertTrue(summary.find(), page);
        return summary.group(1).strip();
    }
}
