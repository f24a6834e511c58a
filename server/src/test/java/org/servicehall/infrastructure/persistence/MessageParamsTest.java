package org.servicehall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageParamsTest {

    @Test
    void values_with_separators_newlines_and_chinese_come_back_as_they_were() {
        Map<String, String> params = Map.of("trackingNumber", "TS-20261207-0001", "statusUrl",
                "https://hall.example/public/track.xhtml?n=TS-20261207-0001&x=1", "reason", "办理时间过长=是\n第二行: 是", "empty", "");
        String column = MessageParams.write(params, 1000);
        assertEquals(params, MessageParams.read(column));
    }

    @Test
    void nothing_is_kept_as_null_and_a_list_too_long_keeps_what_fits_in_name_order() {
        assertNull(MessageParams.write(Map.of(), 1000));
        assertTrue(MessageParams.read(null).isEmpty());
        String column = MessageParams.write(Map.of("a", "1".repeat(40), "b", "2".repeat(40)), 50);
        assertEquals(Map.of("a", "1".repeat(40)), MessageParams.read(column));
        assertTrue(column.length() <= 50);
    }
}
