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
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
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
 * A changed limit applies at once, with every client's count starting afresh. (The server-wide
 * {@code servicehall.limits.*} of the other anonymous entry points, see {@link AnonymousLimits}, do
 * not apply here.)
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
            String client = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), forwardedTrusted);
            int clients = number("rate.clients.max", DEFAULT_MAX_CLIENTS);
            RateLimiter limiter = kind == Kind.FILING
                    ? filings.with(number("rate.filings.per.hour", DEFAULT_FILINGS_PER_HOUR), clients)
                    : lookups.with(number("rate.lookups.per.minute", DEFAULT_LOOKUPS_PER_MINUTE), clients);
            LimitDecision decision = limiter.acquire(client);
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
        boolean statusLink = "GET".equals(request.getMethod()) && "/public/track.xhtml".equals(pathOf(request))
                && request.getParameter("c") != null;
        return statusLink ? Kind.LOOKUP : Kind.FREE;
    }

    /**
     * The page a request asks for, as the container resolved it: the servlet path and path info,
     * never the raw URI, which may carry {@code ;x=1} or {@code /./} and still reach the same page.
     */
    static String pathOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    private static boolean submitted(HttpServletRequest request, String formId) {
        return request.getParameter(formId + "_SUBMIT") != null || request.getParameter(formId) != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, LimitDecision decision)
            throws IOException {
        Locale locale = ShortPage.locale(request);
        long minutes = Math.max(1, (decision.retryAfterSeconds() + 59) / 60);
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ShortPage.SITE.write(request, response, 429, "limitTitle", ShortPage.text(locale, "site.limit.title"),
                ShortPage.text(locale, "site.limit.text", minutes), ShortPage.text(locale, "site.limit.home"));
    }

    /** The site is not open: 404 when its channel is not installed, 503 while it is stopped or failing. */
    private static void closed(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = ShortPage.locale(request);
        if (status == 503) {
            response.setHeader("Retry-After", "300");
        }
        ShortPage.SITE.write(request, response, status, "closedTitle", ShortPage.text(locale, "site.closed.title"),
                ShortPage.text(locale, status == 503 ? "site.closed.paused" : "site.closed.absent"), null);
    }
}
