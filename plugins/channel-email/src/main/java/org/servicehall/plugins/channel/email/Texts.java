package org.servicehall.plugins.channel.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text from a mail made safe to store: no control characters, bounded lengths. */
final class Texts {

    private Texts() {
    }

    /** One line: every control character (new lines included) becomes a space; null becomes empty. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Several lines: control characters other than new lines and tabs removed, line ends unified, blank runs shortened. */
    static String tidyBody(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /**
     * A header read byte by byte as Latin-1 although its bytes are UTF-8 (RFC 6532 mail through an
     * IMAP server that passes raw headers on): decoded again as UTF-8. Text that is not such a
     * mis-reading (any character above U+00FF, or bytes that are not UTF-8) is returned as it is.
     */
    static String repairUtf8(String text) {
        if (text == null || text.chars().noneMatch(c -> c >= 0x80) || text.chars().anyMatch(c -> c > 0xFF)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return text; // real Latin-1 text
        }
    }

    /** Head, body and tail within {@code max}: the body is cut, saying so, to make room for the others. */
    static String compose(String head, String body, String tail, int max) {
        String marker = "\n…（正文过长，已截断；全文见原邮件 / text cut, see the original mail）";
        String text = body.isEmpty() && tail.isEmpty() ? "（邮件无正文 / the mail has no text）" : body;
        int room = max - head.length() - tail.length();
        if (text.length() > room) {
            text = cut(text, Math.max(0, room - marker.length())) + marker;
        }
        return cut(head + text + tail, max);
    }
}
