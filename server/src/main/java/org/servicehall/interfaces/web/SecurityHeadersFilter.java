package org.servicehall.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response of the hall carries — kiosk, public site, staff screens, API, files
 * and error pages:
 * <ul>
 * <li>{@code X-Frame-Options: DENY} and {@code frame-ancestors 'none'}: no page can be framed by
 *     another site (clickjacking a staff screen);</li>
 * <li>{@code X-Content-Type-Options: nosniff}: a file is what its content type says, never run as
 *     script or shown as a page because its bytes look like one;</li>
 * <li>{@code Referrer-Policy: same-origin}: an address never leaves the hall — the receipt's QR link
 *     carries the query code — while the hall's own requests keep their Origin for the API's
 *     cross-site check ({@code no-referrer} would make browsers send {@code Origin: null});</li>
 * <li>a Content Security Policy. Faces pages get PrimeFaces' policy ({@code primefaces.CSP} and
 *     {@code primefaces.CSP_POLICY} in web.xml): scripts only from the hall and with the page's
 *     nonce, inline handlers turned into registered ones. Everything else gets the strictest one,
 *     {@code default-src 'none'}, which a response may replace with its own (the case file's HTML):
 *     a policy set later replaces this one instead of adding a second, since browsers would
 *     enforce both.</li>
 * </ul>
 * Mapped first in web.xml, for every dispatch, so that redirects, refusals and error pages carry
 * them too. TLS and HSTS belong to the front end (README, Security).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    /** For anything that is not a Faces page: nothing may load, run, frame it or be posted from it. */
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, STRICT_POLICY);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Turns every later Content-Security-Policy header into a replacement of the one set here. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(CSP, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(CSP.equalsIgnoreCase(name) ? CSP : name, value);
        }
    }
}
