package org.servicehall.plugins.notify.email;

import java.util.regex.Pattern;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.notify.Message;

/**
 * The two bodies of a notification mail, Simplified Chinese first and English below a rule: plain
 * text, and HTML in which every character of the message is escaped (the host's text may carry
 * what a citizen typed), so that only the layout here is markup.
 */
final class MailBodies {

    static final String RULE = "----------------------------------------";
    /** A status link worth making clickable: http(s), no quotes, spaces or angle brackets. */
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s\"'<>`]{1,500}");

    private MailBodies() {
    }

    static String subject(Message message) {
        return oneLine(message.subject().zh()) + " / " + oneLine(message.subject().en());
    }

    static String text(Message message) {
        LocalizedText body = message.body();
        return lines(body.zh()) + "\n\n" + RULE + "\n\n" + lines(body.en()) + "\n";
    }

    static String html(Message message) {
        String link = message.parameters().get("statusUrl");
        if (link != null && !SAFE_URL.matcher(link).matches()) {
            link = null;
        }
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + Html.escape(subject(message))
                + "</title>\n</head>\n<body style=\"font-family: sans-serif; line-height: 1.6;\">\n"
                + "<div lang=\"zh-CN\">\n<h2 style=\"font-size: 1.2em;\">" + Html.escape(oneLine(message.subject().zh())) + "</h2>\n"
                + paragraphs(message.body().zh(), link) + "</div>\n<hr>\n"
                + "<div lang=\"en\">\n<h2 style=\"font-size: 1.2em;\">" + Html.escape(oneLine(message.subject().en())) + "</h2>\n"
                + paragraphs(message.body().en(), link) + "</div>\n</body>\n</html>\n";
    }

    /** Blank lines part paragraphs, single line ends become line breaks; the status link, where it stands, a link. */
    private static String paragraphs(String text, String link) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : lines(text).split("\\n{2,}")) {
            String escaped = Html.escape(paragraph).replace("\n", "<br>\n");
            if (link != null) {
                String shown = Html.escape(link);
                escaped = escaped.replace(shown, "<a href=\"" + shown + "\">" + shown + "</a>");
            }
            html.append("<p>").append(escaped).append("</p>\n");
        }
        return html.toString();
    }

    /** Line ends unified, other control characters (tabs aside) dropped. */
    private static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** For a header: every control character, line ends included, becomes a space. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
