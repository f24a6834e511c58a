package org.servicehall.plugins.channel.wechat;

/** Text inside XML as CDATA sections, whatever characters it holds. */
final class Cdata {

    private Cdata() {
    }

    /**
     * Writes the text as CDATA: a {@code ]]>} inside is split over two sections, and characters XML
     * 1.0 does not allow become spaces.
     */
    static void append(String text, StringBuilder out) {
        out.append("<![CDATA[");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ']' && text.startsWith("]]>", i)) {
                out.append("]]]]><![CDATA[>");
                i += 2;
            } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFE' || c == '\uFFFF') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        out.append("]]>");
    }
}
