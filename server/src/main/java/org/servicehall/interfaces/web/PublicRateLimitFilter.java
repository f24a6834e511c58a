package org.servicehall.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Per-client rate limits on the public website ({@code /public/*}): filing a complaint, and every
 * request that presents a tracking number with a query code (progress lookups, ratings, appeals),
 * which a stranger could otherwise use to guess codes. The public pages name their forms
 * {@code filing}, {@code lookup} and {@code rating}, and Faces names the submitted form in a
 * parameter ({@code lookup_SUBMIT} in MyFaces, {@code lookup} in Mojarra); the
 * status link {@code track.xhtml?n=…&c=…} counts as a lookup too. Over the limit the client gets
 * 429 with Retry-After and a short translated page; an ajax request leaves the page as it is, and
 * the page itself says why (so nothing typed is lost).
 *
 * <p>Settings (MicroProfile Config): {@code servicehall.public.rate.filings.per.hour} (default
 * {@value #DEFAULT_FILINGS_PER_HOUR}), {@code servicehall.public.rate.lookups.per.minute} (default
 * {@value #DEFAULT_LOOKUPS_PER_MINUTE}), {@code servicehall.public.rate.clients.max} (default
 * {@value #DEFAULT_MAX_CLIENTS}, per limit) and {@code servicehall.public.rate.forwarded.trusted}
 * (default false: only when a reverse proxy that sets X-Forwarded-For is the sole way in).
 */
@WebFilter(urlPatterns = "/public/*")
public class PublicRateLimitFilter extends HttpFilter {

    static final int DEFAULT_FILINGS_PER_HOUR = 10;
    static final int DEFAULT_LOOKUPS_PER_MINUTE = 20;
    static final int DEFAULT_MAX_CLIENTS = 10_000;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicRateLimitFilter.class.getName());
    private static final String BUNDLE = "org.servicehall.ui.i18n.messages";

    /** What a request costs, if anything. */
    enum Kind { FILING, LOOKUP, FREE }

    private transient RateLimiter filings;
    private transient RateLimiter lookups;
    private boolean forwardedTrusted;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        int maxClients = config.getOptionalValue("servicehall.public.rate.clients.max", Integer.class).orElse(DEFAULT_MAX_CLIENTS);
        filings = new RateLimiter(config.getOptionalValue("servicehall.public.rate.filings.per.hour", Integer.class)
                .orElse(DEFAULT_FILINGS_PER_HOUR), Duration.ofHours(1), maxClients, Clock.systemUTC());
        lookups = new RateLimiter(config.getOptionalValue("servicehall.public.rate.lookups.per.minute", Integer.class)
                .orElse(DEFAULT_LOOKUPS_PER_MINUTE), Duration.ofMinutes(1), maxClients, Clock.systemUTC());
        forwardedTrusted = config.getOptionalValue("servicehall.public.rate.forwarded.trusted", Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Kind kind = kind(request);
        if (kind != Kind.FREE) {
            String client = clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), forwardedTrusted);
            RateLimiter.Decision decision = (kind == Kind.FILING ? filings : lookups).acquire(client);
            if (!decision.allowed()) {
                LOG.log(Level.INFO, "Public site: {0} from {1} over its limit", new Object[] {kind, client});
                refuse(request, response, decision);
                return;
            }
        }
        chain.doFilter(request, response);
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
        Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        long minutes = Math.max(1, (decision.retryAfterSeconds() + 59) / 60);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String home = request.getContextPath() + "/public/index.xhtml";
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html><html lang=\"" + (locale == Locale.ENGLISH ? "en" : "zh-CN") + "\"><head>"
                    + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                    + "<title>" + escape(text(locale, "site.limit.title")) + "</title>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                    + "/jakarta.faces.resource/public.css.xhtml?ln=servicehall\"/></head>"
                    + "<body class=\"site\"><main class=\"site-main\" id=\"main\"><section class=\"card limit\">"
                    + "<h1 id=\"limitTitle\">" + escape(text(locale, "site.limit.title")) + "</h1>"
                    + "<p id=\"limitText\">" + escape(text(locale, "site.limit.text", minutes)) + "</p>"
                    + "<p><a class=\"button button-secondary\" href=\"" + escape(home) + "\">"
                    + escape(text(locale, "site.limit.home")) + "</a></p>"
                    + "</section></main></body></html>");
        }
    }

    private static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, PublicRateLimitFilter.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
