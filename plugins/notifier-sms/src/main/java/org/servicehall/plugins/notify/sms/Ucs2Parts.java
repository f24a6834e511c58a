package org.servicehall.plugins.notify.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text as the short messages of an SMS centre carry it: UCS-2 (data coding 0x08, big-endian UTF-16,
 * which shows Chinese), 70 characters in one message; a longer text in parts of 67 characters, each
 * starting with a user data header for concatenated messages (3GPP TS 23.040 9.2.3.24.1: IEI 0x00,
 * the same 8-bit reference number, the number of parts and this part's number), so that the phone
 * shows one message again.
 */
final class Ucs2Parts {

    static final byte DATA_CODING_UCS2 = 0x08;
    /** 140 octets of user data: 70 UCS-2 characters. */
    static final int SINGLE_CHARS = 70;
    /** 140 octets less the 6-octet header: 67 UCS-2 characters. */
    static final int PART_CHARS = 67;
    private static final int MAX_PARTS = 255;

    private Ucs2Parts() {
    }

    /**
     * The short messages of a text: one without a header when it fits, else parts with the header.
     *
     * @param reference the concatenation reference, the same for every part of this text (and for
     *                  the parts of a retry, so that the phone still joins them)
     */
    static List<byte[]> of(String text, int reference) {
        if (text.length() <= SINGLE_CHARS) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> chunks = chunks(text);
        if (chunks.size() > MAX_PARTS) {
            throw new IllegalArgumentException("text too long for one concatenated SMS: " + chunks.size() + " parts");
        }
        List<byte[]> parts = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chars = chunks.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + chars.length];
            part[0] = 0x05; // length of the header that follows
            part[1] = 0x00; // concatenated short messages, 8-bit reference number
            part[2] = 0x03; // length of the element's data
            part[3] = (byte) reference;
            part[4] = (byte) chunks.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(chars, 0, part, 6, chars.length);
            parts.add(part);
        }
        return parts;
    }

    /** How many short messages the text takes. */
    static int count(String text) {
        return text.length() <= SINGLE_CHARS ? 1 : chunks(text).size();
    }

    /** Cut every 67 UTF-16 units, never between the two halves of a character outside the BMP. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PART_CHARS, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }
}
