package org.servicehall.plugins.channel.wechat;

import java.nio.charset.StandardCharsets;

/** A text reply within the platform's byte limit. */
final class ReplyLength {

    /** The platform's limit on a text reply's Content, in bytes. */
    static final int CONTENT_MAX_BYTES = 2048;

    private ReplyLength() {
    }

    /** The text cut to the platform's byte limit, never inside a character. */
    static String fit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= CONTENT_MAX_BYTES) {
            return text;
        }
        String ellipsis = "…";
        int budget = CONTENT_MAX_BYTES - ellipsis.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return out.append(ellipsis).toString();
    }
}
