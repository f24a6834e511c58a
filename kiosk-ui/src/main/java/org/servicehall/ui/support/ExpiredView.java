package org.servicehall.ui.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;

/**
 * Where a view that expired (a long pause, a server restart) leads: a staff page opens again
 * with a notice, so the clerk carries on where they were; the login page asks to log in again;
 * a kiosk page starts at the kiosk's start screen, as a kiosk must.
 */
@Named
@RequestScoped
public class ExpiredView {

    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String context = external.getRequestContextPath();
        String page = pageOf(request, context);
        String target;
        if (page != null && page.startsWith("/staff/") && page.endsWith(".xhtml") && !page.contains("..")) {
            target = page + "?expired=true";
        } else if ("/login.xhtml".equals(page)) {
            target = "/login.xhtml?expired=true";
        } else {
            target = "/kiosk/index.xhtml";
        }
        external.redirect(context + target);
    }

    /** The path of the page whose view expired: the forwarded request's, else the referring page's. */
    private static String pageOf(HttpServletRequest request, String context) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwarded instanceof String text ? text : null;
        if (uri == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return null;
            }
            try {
                URI parsed = URI.create(referer);
                if (parsed.getHost() != null && !parsed.getHost().equalsIgnoreCase(request.getServerName())) {
                    return null;
                }
                uri = parsed.getPath();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return uri != null && uri.startsWith(context) ? uri.substring(context.length()) : null;
    }
}
