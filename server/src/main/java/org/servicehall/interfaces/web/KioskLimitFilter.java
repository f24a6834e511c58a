package org.servicehall.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The rate limits of the kiosk's screens ({@code /kiosk/*}), which anyone can open: a filing (the
 * wizard's submit) is limited per terminal and per client address, a query-code lookup (the
 * progress search, the rating's code check, the rating and appeal, and the status page that a
 * receipt's QR code opens on a phone) per client address (see {@link AnonymousLimits}). The kiosk's
 * buttons post by ajax and name themselves in the request ({@code jakarta.faces.source}, and a
 * parameter named as the button); the page is recognised by its servlet path, never the raw URI.
 *
 * <p>Over a limit the answer is 429 with Retry-After: an ajax request leaves the screen as it is,
 * with everything entered, and the kiosk's script says to try again later; the status page gets a
 * short translated page.
 */
@WebFilter(urlPatterns = "/kiosk/*")
public class KioskLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(KioskLimitFilter.class.getName());

    /** The kiosk identity cookie and its default terminal, as the kiosk's screens keep them. */
    static final String KIOSK_COOKIE = "SH_KIOSK";
    static final String DEFAULT_TERMINAL = "KIOSK";
    private static final Pattern TERMINAL = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private static final Set<String> FILING_BUTTONS = Set.of("wizard:submit");
    private static final Set<String> LOOKUP_BUTTONS =
            Set.of("lookup:search", "rating:check", "rating:submitRating", "rating:appeal");

    /** What a request costs, if anything. */
    enum Kind { FILING, LOOKUP, FREE }

    @Inject
    transient AnonymousLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Kind kind = kind(request);
        if (kind != Kind.FREE) {
            String client = limits.client(request);
            LimitDecision decision = kind == Kind.LOOKUP
                    ? limits.acquire(AnonymousLimit.KIOSK_LOOKUP, client)
                    : filing(client, terminal(request));
            if (!decision.allowed()) {
                LOG.log(Level.INFO, "Kiosk: {0} from {1} over its limit", new Object[] {kind, client});
                refuse(request, response, decision);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private LimitDecision filing(String client, String terminal) {
        LimitDecision byAddress = limits.acquire(AnonymousLimit.KIOSK_FILING_ADDRESS, client);
        return byAddress.allowed() ? limits.acquire(AnonymousLimit.KIOSK_FILING, terminal) : byAddress;
    }

    static Kind kind(HttpServletRequest request) throws IOException {
        if ("POST".equals(request.getMethod())) {
            // Read the form as the screens send it, before Faces does: parameters are parsed once.
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            if (pressed(request, FILING_BUTTONS)) {
                return Kind.FILING;
            }
            return pressed(request, LOOKUP_BUTTONS) ? Kind.LOOKUP : Kind.FREE;
        }
        boolean statusPage = "GET".equals(request.getMethod())
                && "/kiosk/track.xhtml".equals(PublicSiteFilter.pathOf(request)) && request.getParameter("c") != null;
        return statusPage ? Kind.LOOKUP : Kind.FREE;
    }

    private static boolean pressed(HttpServletRequest request, Set<String> buttons) {
        String source = request.getParameter("jakarta.faces.source");
        if (source != null && buttons.contains(source)) {
            return true;
        }
        return buttons.stream().anyMatch(button -> request.getParameter(button) != null);
    }

    /** The terminal the kiosk's identity cookie names ({@code t.HALL1-K01~…}), else the default one. */
    static String terminal(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (KIOSK_COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                    for (String part : cookie.getValue().split("~")) {
                        if (part.startsWith("t.") && TERMINAL.matcher(part.substring(2)).matches()) {
                            return part.substring(2);
                        }
                    }
                }
            }
        }
        return DEFAULT_TERMINAL;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, LimitDecision decision)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))
                || "true".equals(request.getParameter("jakarta.faces.partial.ajax"))) {
            // The screen stays as it is; kiosk.js shows the translated notice the page carries.
            response.setStatus(429);
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        Locale locale = ShortPage.locale(request);
        long minutes = Math.max(1, (decision.retryAfterSeconds() + 59) / 60);
        ShortPage.KIOSK.write(request, response, 429, "limitTitle", ShortPage.text(locale, "site.limit.title"),
                ShortPage.text(locale, "kiosk.limit.text", minutes), null);
    }
}
