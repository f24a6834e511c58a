package it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Staff;
import it.support.TestServer;
import it.support.WebSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of response carries the headers that keep pages from being framed, sniffed, leaking
 * their addresses (a receipt's link holds the query code) or running scripts they did not ship:
 * kiosk, public site, staff screens, the API, files and error pages.
 */
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void the_pages_of_the_kiosk_the_public_site_and_the_staff_screens_allow_only_their_own_scripts() {
        for (String page : List.of("/kiosk/index.xhtml?terminal=IT-HEADERS", "/public/index.xhtml", "/login.xhtml",
                "/kiosk/track.xhtml?n=TS-20260101-00001&c=123456")) {
            Api.Reply reply = Api.get(page, "Accept", "text/html");
            assertEquals(200, reply.status(), page);
            assertCommonHeaders(reply, page);
            String policy = reply.header("Content-Security-Policy");
            assertTrue(policy.contains("default-src 'self'"), page + ": " + policy);
            assertTrue(policy.contains("object-src 'none'"), page + ": " + policy);
            Matcher nonce = NONCE.matcher(policy);
            assertTrue(nonce.find(), page + ": scripts run by nonce: " + policy);
            assertTrue(!policy.contains("'unsafe-inline'") || !scriptSources(policy).contains("'unsafe-inline'"),
                    page + ": no inline scripts without the nonce: " + policy);
            assertTrue(reply.body().contains("nonce=\"" + nonce.group(1) + "\""), page + ": the page's scripts carry it");
        }
    }

    @Test
    void the_staff_screens_carry_them_logged_in_and_on_the_way_to_the_login() {
        Api.Reply redirect = Api.get("/staff/queues.xhtml", "Accept", "text/html");
        assertEquals(302, redirect.status());
        assertCommonHeaders(redirect, "redirect to login");

        WebSession session = new WebSession();
        assertEquals(302, session.login(Staff.SUPERVISOR.username(), Staff.PASSWORD).status());
        Api.Reply queues = session.get("/staff/queues.xhtml?queue=ALL", "Accept", "text/html");
        assertEquals(200, queues.status(), queues.body());
        assertCommonHeaders(queues, "queues");
        assertTrue(NONCE.matcher(queues.header("Content-Security-Policy")).find(), queues.header("Content-Security-Policy"));
    }

    @Test
    void api_answers_and_files_carry_them_and_allow_nothing_to_run() {
        for (Api.Reply reply : List.of(Api.get("/api/v1/categories"), Api.get("/api/v1/complaints/TS-20000101-00001"),
                Staff.SUPERVISOR.get("/api/v1/queues/ALL"))) {
            String what = reply.raw().request().uri().getPath() + " " + reply.status();
            assertCommonHeaders(reply, what);
            assertTrue(reply.header("Content-Security-Policy").contains("default-src 'none'"), what + ": "
                    + reply.header("Content-Security-Policy"));
        }
        Api.Reply script = Api.get("/jakarta.faces.resource/kiosk.js.xhtml?ln=servicehall", "Accept", "*/*");
        assertEquals(200, script.status());
        assertCommonHeaders(script, "a script file");
    }

    @Test
    void error_pages_carry_them() {
        Api.Reply missing = Api.get("/no/such/page.xhtml", "Accept", "text/html");
        assertEquals(404, missing.status());
        assertCommonHeaders(missing, "404 page");
        Api.Reply forbidden = Staff.ZHANG_WEI.getHtml("/api/v1/statistics");
        assertEquals(403, forbidden.status());
        assertCommonHeaders(forbidden, "403 from the API");
    }

    private static void assertCommonHeaders(Api.Reply reply, String what) {
        assertEquals("DENY", reply.header("X-Frame-Options"), what);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
        assertEquals("same-origin", reply.header("Referrer-Policy"), what);
        String policy = reply.header("Content-Security-Policy");
        assertNotNull(policy, what + ": a content security policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
        assertEquals(1, reply.raw().headers().allValues("Content-Security-Policy").size(), what + ": one policy");
    }

    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }
}
