package org.servicehall.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps other sites from acting through a staff member's browser on the staff API (cross-site
 * request forgery). A browser attaches the staff member's cookies (and HTTP Basic credentials it
 * remembers) to any request, whichever site's page sent it; a page of another site can send a form
 * (urlencoded, multipart or text/plain) but no JSON and no custom header without the hall's consent
 * (CORS, which the hall never grants). So every change (POST, PUT, PATCH, DELETE) made as a staff
 * member
 * <ul>
 * <li>that names the page it came from ({@code Origin}, else {@code Referer}) must come from the
 *     hall's own host (the one the request was sent to);</li>
 * <li>that carries no {@code Authorization} header, i.e. is authenticated by cookie, must also be
 *     JSON or carry {@code X-Requested-With} or {@code X-ServiceHall-Request}.</li>
 * </ul>
 * Programs (curl, scripts, other systems) send HTTP Basic credentials and no Origin and are not
 * affected; reads change nothing and pass. The citizens' filing API and the channel endpoints act
 * for no staff member and answer for themselves. The session and single sign-on cookies are
 * {@code SameSite=Lax} as well (server.xml), so a browser does not send them with a cross-site POST
 * in the first place; this check holds where SameSite does not (older browsers, same-site
 * subdomains).
 */
public class CrossSiteRequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteRequestGuard.class.getName());

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** API paths that act for no staff member (under /api). */
    private static final Set<String> OPEN = Set.of("/v1/complaints", "/v1/channels");
    private static final Set<String> SCRIPT_HEADERS = Set.of("X-Requested-With", "X-ServiceHall-Request");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!CHANGES.contains(request.getMethod()) || request.getUserPrincipal() == null || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!fromOwnSite(request) || (request.getHeader("Authorization") == null && !fromScript(request))) {
            LOG.log(Level.FINE, "cross-site change refused: {0} /api{1}",
                    new Object[] {request.getMethod(), request.getPathInfo()});
            ProblemResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN, "crossSite", "crossSite.detail");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return OPEN.stream().anyMatch(open -> path.equals(open) || path.startsWith(open + "/"));
    }

    /**
     * Origin, else Referer, when the browser sent one, names the host the request was sent to (its
     * Host, or HTTP/2's :authority). Ports are not compared: behind a TLS front end the hall's own
     * pages say https://host while the server sees its own port, and a browser's SameSite rule
     * does not tell ports apart either.
     */
    static boolean fromOwnSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null) {
            return true;
        }
        try {
            String host = URI.create(source.strip()).getHost();
            return host != null && bare(host).equalsIgnoreCase(bare(request.getServerName()));
        } catch (IllegalArgumentException e) {
            // "null" (an opaque origin) or no address at all
            return false;
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean fromScript(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null) {
            String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
                return true;
            }
        }
        return SCRIPT_HEADERS.stream().anyMatch(name -> request.getHeader(name) != null);
    }
}
