package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void the_built_in_channels_are_the_nine_of_the_process() {
        List<String> codes = Channel.BUILT_IN.stream().map(Channel::code).toList();
        assertEquals(List.of("KIOSK", "WINDOW", "PHONE_HOTLINE", "WEBSITE", "GOV_APP", "WECHAT", "LETTER",
                "VISIT", "SUGGESTION_BOX"), codes);
    }

    @Test
    void the_built_in_list_cannot_be_changed() {
        assertThrows(UnsupportedOperationException.class, () -> Channel.BUILT_IN.add(new Channel("FAX")));
    }

    @Test
    void a_built_in_channel_knows_it_is_built_in() {
        assertTrue(Channel.KIOSK.isBuiltIn());
        assertTrue(new Channel("SUGGESTION_BOX").isBuiltIn());
    }

    @Test
    void a_plugin_channel_is_not_built_in() {
        assertFalse(new Channel("FAX_2").isBuiltIn());
    }

    @Test
    void channels_with_the_same_code_are_equal() {
        assertEquals(Channel.WECHAT, new Channel("WECHAT"));
        assertEquals("WECHAT", Channel.WECHAT.toString());
    }

    @Test
    void an_invalid_code_is_refused() {
        for (String bad : List.of("", "K", "kiosk", "1KIOSK", "KIOSK-2", "KI OSK", "_KIOSK", "A".repeat(41))) {
            assertThrows(IllegalArgumentException.class, () -> new Channel(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> new Channel(null));
    }

    @Test
    void a_code_of_40_characters_is_accepted() {
        String code = "A".repeat(40);
        assertEquals(code, new Channel(code).code());
    }
}
