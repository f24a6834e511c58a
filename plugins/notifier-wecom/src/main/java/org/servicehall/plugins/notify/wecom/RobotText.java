package org.servicehall.plugins.notify.wecom;

import java.nio.charset.StandardCharsets;
import org.servicehall.plugin.api.notify.Message;

/**
 * What the group reads: the Chinese subject, the Chinese body and the tracking number, nothing of
 * the message's other parameters (a complainant's query code never leaves the hall). The group
 * lives on a platform outside the hall, so phone numbers, ID card numbers and e-mail addresses
 * that the host's text may still carry are masked here as well.
 */
final class RobotText {

    static final String IMPORTANT = "【重要】";

    private RobotText() {
    }

    /** The text, at most {@code maxBytes} in UTF-8: the body is shortened when it must be. */
    static String of(Message message, int maxBytes) {
        String head = (message.important() ? IMPORTANT : "") + Masking.mask(oneLine(message.subject().zh())) + "\n";
        String tail = message.trackingNumber().map(n -> "\n受理编号：" + n).orElse("");
        String body = Masking.mask(lines(message.body().zh()));
        int room = maxBytes - bytes(head) - bytes(tail);
        return head + cut(body, room) + tail;
    }

    /** At most {@code room} UTF-8 bytes, ending in an ellipsis when shortened; never splits a character. */
    static String cut(String text, int room) {
        if (bytes(text) <= room) {
            return text;
        }
        String ellipsis = "…";
        int budget = room - bytes(ellipsis);
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return budget < 0 ? "" : out.toString().stripTrailing() + ellipsis;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .filter(c -> c == '\n' || !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
