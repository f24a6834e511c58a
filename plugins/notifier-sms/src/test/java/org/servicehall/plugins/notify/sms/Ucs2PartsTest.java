package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ucs2PartsTest {

    @Test
    void seventy_characters_fit_one_message_without_a_header() {
        List<byte[]> parts = Ucs2Parts.of("政".repeat(70), 9);
        assertEquals(1, parts.size());
        assertEquals(140, parts.get(0).length);
        assertEquals(1, Ucs2Parts.count("政".repeat(70)));
    }

    @Test
    void seventy_one_characters_take_two_parts_of_at_most_67() {
        List<byte[]> parts = Ucs2Parts.of("务".repeat(71), 0xAB);
        assertEquals(2, parts.size());
        assertEquals(2, Ucs2Parts.count("务".repeat(71)));
        assertEquals(140, parts.get(0).length);
        assertEquals(6 + 4 * 2, parts.get(1).length);
        assertEquals((byte) 0xAB, parts.get(1)[3]);
    }

    @Test
    void a_character_outside_the_bmp_is_never_cut_in_half() {
        String text = "服".repeat(66) + "𠀀" + "务".repeat(10); // U+20000 is two UTF-16 units at 66 and 67
        List<byte[]> parts = Ucs2Parts.of(text, 1);
        String first = new String(Arrays.copyOfRange(parts.get(0), 6, parts.get(0).length), StandardCharsets.UTF_16BE);
        assertEquals("服".repeat(66), first);
        StringBuilder joined = new StringBuilder();
        for (byte[] part : parts) {
            joined.append(new String(Arrays.copyOfRange(part, 6, part.length), StandardCharsets.UTF_16BE));
        }
        assertEquals(text, joined.toString());
    }
}
