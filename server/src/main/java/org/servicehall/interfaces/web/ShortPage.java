package org.servicehall.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A short translated page that a filter answers with instead of the screen asked for (over a rate
 * limit, the site closed): a heading, a sentence, and a way back when there is one, in the style of
 * the public website or of the kiosk. The texts are the screens' own message bundle.
 *
 * @param stylesheet the servicehall library's style sheet, {@code public.css} or {@code kiosk.css}
 * @param open       the markup around the text, as the screens of that style have it
 * @param close      what closes {@code open}
 * @param homePath   where the way back leads, within the application
 */
record ShortPage(String stylesheet, String open, String close, String homePath) {

    private static final String BUNDLE = "org.servicehall.ui.i18n.messages";

    static final ShortPage SITE = new ShortPage("public.css",
            "<body class=\"site\"><main class=\"site-main\" id=\"main\"><section class=\"card limit\">",
            "</section></main></body>", "/public/index.xhtml");
    static final ShortPage KIOSK = new ShortPage("kiosk.css",
            "<body class=\"kiosk\"><div class=\"kiosk-page standard\"><main class=\"kiosk-main\" id=\"main\">"
                    + "<section class=\"step-panel error-page\">",
            "</section></main></div></body>", "/kiosk/reset");

    /** English when the browser asks for it first, else Chinese. */
    static Locale locale(HttpServletRequest request) {
        return request.getLocale() != null && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, ShortPage.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * Writes the page.
     *
     * @param titleId the heading's id; the sentence's is the same with {@code Text} for {@code Title}
     * @param home    the label of the way back; null for none
     */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String titleId, String title,
               String text, String home) throws IOException {
        Locale locale = locale(request);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String homeLink = home == null ? "" : "<p><a class=\"button button-secondary\" href=\""
                + escape(request.getContextPath() + homePath) + "\">" + escape(home) + "</a></p>";
        // written as bytes with their own length: through the writer, Liberty announced the page's
        // length in characters, and HTTP/1.1 clients lost the end of every Chinese page
        byte[] page = ("<!DOCTYPE html><html lang=\"" + (locale == Locale.ENGLISH ? "en" : "zh-CN") + "\"><head>"
                + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/" + stylesheet + ".xhtml?ln=servicehall\"/></head>"
                + open
                + "<h1 id=\"" + titleId + "\">" + escape(title) + "</h1>"
                + "<p id=\"" + titleId.replace("Title", "Text") + "\">" + escape(text) + "</p>"
                + homeLink
                + close + "</html>").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
