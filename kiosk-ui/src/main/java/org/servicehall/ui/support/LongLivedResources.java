package org.servicehall.ui.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Style sheets, scripts and fonts whose address names their version ({@code v=}: PrimeFaces' release,
 * or {@link VersionedResources}' content hash) never change under that address: browsers may keep them
 * for a year without asking again. Faces itself says seven days, and nothing at all for the fonts.
 * A resource asked for without a version keeps what Faces says.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class LongLivedResources extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getParameter("v");
        if (version == null || version.isBlank() || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", YEAR);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!caching(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!caching(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!caching(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!caching(name)) {
                    super.addDateHeader(name, date);
                }
            }

            // a missing resource is not kept: it may be there after the next deployment
            @Override
            public void setStatus(int status) {
                notKeptIfFailed(status);
                super.setStatus(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                notKeptIfFailed(status);
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                notKeptIfFailed(status);
                super.sendError(status, message);
            }

            private void notKeptIfFailed(int status) {
                if (status >= 400) {
                    response.setHeader("Cache-Control", "no-store");
                }
            }
        });
    }

    /** The headers this filter has already decided: the resource handler's own say is dropped. */
    private static boolean caching(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
    }
}
