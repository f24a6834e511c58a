package org.servicehall.ui.kiosk;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends a citizen's visit: Done on the receipt, the home button, or the idle countdown running out
 * all come here. The session (and with it every view state and form value) is invalidated, the
 * browser is told to drop its cache and storage, and the start screen returns. The kiosk's own
 * identity lives in a cookie and survives.
 */
@WebServlet(urlPatterns = KioskReset.PATH)
public class KioskReset extends HttpServlet {

    public static final String PATH = "/kiosk/reset";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        reset(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        reset(request, response);
    }

    private static void reset(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // Also evicts the page from the back/forward cache where the browser honours it (secure contexts).
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/kiosk/index.xhtml");
    }
}
