package org.servicehall.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.ChannelEndpoints;

/**
 * The gate of the public website ({@code /public/*}): the site is a channel ({@code website},
 * contributed by the {@code channel-website} plugin), so it is open only while that channel is
 * available — removed, it answers 404, stopped or failing 503, each with a short translated page —
 * and its per-client rate limits are that channel's settings, read at every request (IT's value on
 * the admin screen, else the server's configuration, else the plugin's default).
 *
 * <p>Limited are filing a complaint, and every request that presents a tracking number with a query
 * code (progress lookups, ratings, appeals), which a stranger could otherwise use to guess codes.
 * The public pages name their forms {@code filing}, {@code lookup} and {@code rating}, and Faces
 * names the submitted form in a parameter ({@code lookup_SUBMIT} in MyFaces, {@code lookup} in
 * Mojarra); the status link {@code track.xhtml?n=…&c=…} counts as a lookup too. Over the limit the
 * client gets 429 with Retry-After and a short translated page; an ajax request leaves the page as
 * it is, and the page itself says why (so nothing typed is lost).
 *
 * <p>Settings ({@code servicehall.channel.website.<key>}): {@code rate.filings.per.hour},
 * {@code rate.lookups.per.minute}, {@code rate.clients.max} (per limit) and
 * {@code forwarded.trusted} (only when a reverse proxy that sets X-Forwarded-For is the sole way in).
 * A changed limit applies at once, with every client's count starting afresh.
 */
@WebFilter(urlPatterns = "/public/*")
public class PublicSiteFilter extends HttpFilter {

    /** The channel the site is. */
    static final String CHANNEL = "website";
    static final int DEFAULT_FILINGS_PER_HOUR = 10;
    static final int DEFAULT_LOOKUPS_PER_MINUTE = 20;
    static final int DEFAULT_MAX_CLIENTS = 10_000;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicSiteFilter.class.getName());
    private static final String BUNDLE = "org.servicehall.ui.i18n.messages";

    /** What a request costs, if anything. */
    enum Kind { FILING, LOOKUP, FREE }

    @Inject
    transient ChannelEndpoints channels;

    private final transient Limits filings = new Limits(Duration.ofHours(1));
    private final transient Limits lookups = new Limits(Duration.ofMinutes(1));

    /** One limiter, replaced when its settings change. */
    static final class Limits {
        private final Duration period;
        private RateLimiter limiter;
        private int capacity;
        private int maxClients;

        Limits(Duration period) {
            this.period = period;
        }

        synchronized RateLimiter with(int perPeriod, int clients) {
            if (limiter == null || perPeriod != capacity || clients != maxClients) {
                limiter = new RateLimiter(perPeriod, period, clients, Clock.systemUTC());
                capacity = perPeriod;
                maxClients = clients;
            }
            return limiter;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ChannelEndpoints.Availability availability = channels.availability(CHANNEL);
        if (availability != ChannelEndpoints.Availability.AVAILABLE) {
            closed(request, response, availability == ChannelEndpoints.Availability.UNKNOWN ? 404 : 503);
            return;
        }
        Kind kind = kind(request);
        if (kind != Kind.FREE) {
            boolean forwardedTrusted = Boolean.parseBoolean(channels.setting(CHANNEL, "forwarded.trusted").orElse("false").strip());
            String client = clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), forwardedTrusted);
            int clients = number("rate.clients.max", DEFAULT_MAX_CLIENTS);
            RateLimiter limiter = kind == Kind.FILING
                    ? filings.with(number("rate.filings.per.hour", DEFAULT_FILINGS_PER_HOUR), clients)
                    : lookups.with(number("rate.lookups.per.minute", DEFAULT_LOOKUPS_PER_MINUTE), clients);
            RateLimiter.Decision decision = limiter.acquire(client);
            if (!decision.allowed()) {
                LOG.log(Level.INFO, "Public site: {0} from {1} over its limit", new Object[] {kind, client});
                refuse(request, response, decision);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A positive whole-number setting of the channel; a missing or unusable value is the default. */
    private int number(String key, int fallback) {
        try {
            int value = Integer.parseInt(channels.setting(CHANNEL, key).orElse("").strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Kind kind(HttpServletRequest request) throws IOException {
        if ("POST".equals(request.getMethod())) {
            // Read the form as the pages send it, before Faces does: parameters are parsed once.
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            if (submitted(request, "filing")) {
                return Kind.FILING;
            }
            if (submitted(request, "lookup") || submitted(request, "rating")) {
                return Kind.LOOKUP;
            }
            return Kind.FREE;
        }
        boolean statusLink = "GET".equals(request.getMethod()) && request.getRequestURI().endsWith("/public/track.xhtml")
                && request.getParameter("c") != null;
        return statusLink ? Kind.LOOKUP : Kind.FREE;
    }

    private static boolean submitted(HttpServletRequest request, String formId) {
        return request.getParameter(formId + "_SUBMIT") != null || request.getParameter(formId) != null;
    }

    /**
     * The client's address: the connection's, or with a trusted proxy the last address in
     * X-Forwarded-For (the one the proxy added; earlier ones are whatever the client claimed).
     */
    static String clientOf(String remoteAddress, String forwardedFor, boolean forwardedTrusted) {
        if (forwardedTrusted && forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty()) {
                    return hop;
                }
            }
        }
        return remoteAddress;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RateLimiter.Decision decision)
            throws IOException {
        Locale locale = locale(request);
        long minutes = Math.max(1, (decision.retryAfterSeconds() + 59) / 60);
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        page(request, response, 429, "limitTitle", text(locale, "site.limit.title"), text(locale, "site.limit.text", minutes),
                text(locale, "site.limit.home"));
    }

    /** The site is not open: 404 when its channel is not installed, 503 while it is stopped or failing. */
    private static void closed(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = locale(request);
        if (status == 503) {
            response.setHeader("Retry-After", "300");
        }
        page(request, response, status, "closedTitle", text(locale, "site.closed.title"),
                text(locale, status == 503 ? "site.closed.paused" : "site.closed.absent"), null);
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getLocale() != null && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** A short page in the site's style: a heading, a sentence, and a way back home when there is one. */
    private static void page(HttpServletRequest request, HttpServletResponse response, int status, String titleId,
                             String title, String text, String home) throws IOException {
        Locale locale = locale(request);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String homeLink = home == null ? "" : "<p><a class=\"button button-secondary\" href=\""
                + escape(request.getContextPath() + "/public/index.xhtml") + "\">" + escape(home) + "</a></p>";
        // written as bytes with their own length: through the writer, Liberty announced the page's
        // length in characters, and HTTP/1.1 clients lost the end of every Chinese page
        byte[] page = ("<!DOCTYPE html><html lang=\"" + (locale == Locale.ENGLISH ? "en" : "zh-CN") + "\"><head>"
                    + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                    + "<title>" + escape(title) + "</title>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                    + "/jakarta.faces.resource/public.css.xhtml?ln=servicehall\"/></head>"
                    + "<body class=\"site\"><main class=\"site-main\" id=\"main\"><section class=\"card limit\">"
                    + "<h1 id=\"" + titleId + "\">" + escape(title) + "</h1>"
                    + "<p id=\"" + titleId.replace("Title", "Text") + "\">" + escape(text) + "</p>"
                    + homeLink
                    + "</section></main></body></html>").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, PublicSiteFilter.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
