package it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Staff;
import it.support.TestServer;
import it.support.WebSession;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page on another site cannot make a logged-in staff member's browser change anything through
 * the staff API: cookies go only with same-site requests, and a change made with cookies must say
 * it comes from the hall's own pages (JSON or a request header a form cannot set, and the hall's
 * own Origin). Programs with HTTP Basic credentials, and the citizens' and channels' endpoints, are
 * not affected.
 */
class CsrfIT {

    private static final String EVIL = "http://evil.example";

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void a_cross_site_form_post_with_a_logged_in_admins_cookies_is_refused_and_nothing_happens() {
        WebSession admin = loggedIn(Staff.ADMIN);
        String plugin = "org.example.csrf.form" + System.nanoTime();
        Api.Reply zh = admin.send(post("/api/v1/plugins/" + plugin + "/stop", "application/x-www-form-urlencoded", "x=1")
                .header("Origin", EVIL).header("Accept-Language", "zh-CN"));
        assertCrossSite(zh);
        assertTrue(zh.json().getString("detail").contains("本系统"), zh.body());
        Api.Reply en = admin.send(post("/api/v1/plugins/" + plugin + "/start", "text/plain", "x")
                .header("Origin", EVIL).header("Accept-Language", "en"));
        assertCrossSite(en);
        assertTrue(en.json().getString("detail").contains("hall's own"), en.body());
        Api.Reply delete = admin.send(HttpRequest.newBuilder(TestServer.uri("/api/v1/plugins/" + plugin)).DELETE()
                .header("Origin", EVIL));
        assertCrossSite(delete);

        String audit = Staff.ADMIN.get("/api/v1/plugins/audit").body();
        assertFalse(audit.contains(plugin), "none of it reached the plugin administration: " + audit);
    }

    @Test
    void with_cookies_a_change_needs_json_or_the_request_header_and_the_halls_own_origin() {
        WebSession admin = loggedIn(Staff.ADMIN);
        String plugin = "org.example.csrf.header" + System.nanoTime();
        // no Origin, no header, not JSON: what a form or an image tag could send
        assertCrossSite(admin.send(post("/api/v1/plugins/" + plugin + "/stop", "text/plain", "")));
        // JSON, but from another site (only possible with CORS, which the hall does not grant)
        assertCrossSite(admin.send(post("/api/v1/plugins/" + plugin + "/stop", "application/json", "{}")
                .header("Origin", EVIL)));
        // the header, but a Referer of another site
        assertCrossSite(admin.send(post("/api/v1/plugins/" + plugin + "/stop", "text/plain", "")
                .header("X-Requested-With", "XMLHttpRequest").header("Referer", EVIL + "/page.html")));

        // the hall's own scripts: JSON or the header, same origin → the request reaches the API
        Api.Reply json = admin.send(post("/api/v1/plugins/" + plugin + "/stop", "application/json", "{}")
                .header("Origin", WebSession.origin()));
        assertEquals(404, json.status(), json.body());
        assertEquals("NOT_FOUND", json.json().getString("outcome"));
        Api.Reply header = admin.send(post("/api/v1/plugins/" + plugin + "/start", "application/octet-stream", "")
                .header("X-Requested-With", "XMLHttpRequest"));
        assertEquals(404, header.status(), header.body());
        assertTrue(Staff.ADMIN.get("/api/v1/plugins/audit").body().contains(plugin), "these were carried out");
    }

    @Test
    void programs_with_basic_credentials_and_reads_with_cookies_are_not_affected() {
        Api.Reply basic = Staff.ADMIN.postBytes("/api/v1/plugins/org.example.csrf.basic/stop", new byte[0],
                "application/octet-stream");
        assertEquals(404, basic.status(), basic.body());

        WebSession supervisor = loggedIn(Staff.SUPERVISOR);
        Api.Reply read = supervisor.get("/api/v1/queues/ALL", "Accept", "application/json", "Origin", EVIL);
        assertEquals(200, read.status(), "a read changes nothing: " + read.body());
    }

    @Test
    void the_citizens_and_channels_endpoints_take_what_their_callers_send() {
        WebSession admin = loggedIn(Staff.ADMIN);
        Api.Reply open311 = admin.send(post("/api/v1/channels/open311/v2/requests.json",
                "application/x-www-form-urlencoded", "service_code=SERVICE_ATTITUDE&description=x").header("Origin", EVIL));
        assertFalse(open311.body().contains("urn:servicehall:problem:crossSite"),
                "the channel answers for itself: " + open311.status() + " " + open311.body());
    }

    @Test
    void the_session_and_single_sign_on_cookies_stay_on_the_halls_own_site() {
        WebSession session = new WebSession();
        Api.Reply login = session.login(Staff.RECEPTION.username(), Staff.PASSWORD);
        assertEquals(302, login.status(), login.body());
        List<String> cookies = new java.util.ArrayList<>(login.raw().headers().allValues("Set-Cookie"));
        cookies.addAll(session.get("/login.xhtml").raw().headers().allValues("Set-Cookie"));
        List<String> sso = cookies.stream().filter(c -> c.startsWith("SERVICEHALL_SSO=")).toList();
        assertFalse(sso.isEmpty(), "the login sets the single sign-on cookie: " + cookies);
        for (String cookie : sso) {
            assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), cookie);
        }
        Api.Reply fresh = new WebSession().get("/login.xhtml");
        List<String> session1 = fresh.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertFalse(session1.isEmpty(), "the login page starts a session");
        for (String cookie : session1) {
            assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), cookie);
        }
    }

    private static WebSession loggedIn(Staff who) {
        WebSession session = new WebSession();
        Api.Reply login = session.login(who.username(), Staff.PASSWORD);
        assertEquals(302, login.status(), "login of " + who.username() + ": " + login.body());
        return session;
    }

    private static HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(TestServer.uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static void assertCrossSite(Api.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertEquals("urn:servicehall:problem:crossSite", reply.json().getString("type"), reply.body());
    }
}
