package org.servicehall.ui.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The staff area: an anonymous visitor is sent to the login page (and back afterwards), a
 * logged-in user without a role of the page's area gets 403. Staff pages are never stored by the
 * browser, so that the back button on a shared terminal shows nothing after logout.
 */
@WebFilter(urlPatterns = "/staff/*")
public class StaffAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The roles that may open each page of the staff area; a page not listed is for {@link #CASE_WORK}. */
    static final Map<String, List<String>> AREAS = Map.of(
            "/staff/window.xhtml", List.of("RECEPTION", "SUPERVISOR"),
            "/staff/dashboard.xhtml", List.of("SUPERVISOR"),
            "/staff/directory.xhtml", List.of("SUPERVISOR", "ADMIN"),
            "/staff/index.xhtml", List.of("RECEPTION", "HANDLER", "SUPERVISOR", "ADMIN"),
            "/staff/inbox.xhtml", List.of("RECEPTION", "HANDLER", "SUPERVISOR", "ADMIN"),
            "/staff/admin/plugins.xhtml", List.of("ADMIN"));

    /** Every role that may log in to the staff screens. */
    static final List<String> STAFF = List.of("RECEPTION", "HANDLER", "SUPERVISOR", "ADMIN");

    /** The roles that work on complaints: the default for pages not listed (IT staff do not read cases). */
    static final List<String> CASE_WORK = List.of("RECEPTION", "HANDLER", "SUPERVISOR");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0");
        response.setHeader("Pragma", "no-cache");
        // the path as the container mapped it: no ";parameters", no doubled or encoded slashes
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getUserPrincipal() == null) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                String next = query == null ? path : path + "?" + query;
                response.sendRedirect(request.getContextPath() + "/login.xhtml?next="
                        + URLEncoder.encode(next, StandardCharsets.UTF_8));
            } else {
                // a form posted after the login expired: the page itself says so on the next GET
                response.sendRedirect(request.getContextPath() + "/login.xhtml?expired=true");
            }
            return;
        }
        List<String> allowed = AREAS.getOrDefault(path, CASE_WORK);
        if (allowed.stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code next} is a page of the staff area, i.e. safe to send the browser to after login. */
    static boolean isStaffPage(String next) {
        return next != null && next.startsWith("/staff/") && !next.contains("//") && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl);
    }
}
