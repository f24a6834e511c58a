package org.servicehall.plugins.channel.hotline12345;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void objects_arrays_strings_numbers_and_literals_are_read() throws Exception {
        Object value = Json.parse(" {\"a\":\"x\\u4e2d\\n\",\"b\":[1,-2.5e3,true,false,null],\"c\":{}} ");
        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals("x中\n", map.get("a"));
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false), ((List<?>) map.get("b")).subList(0, 4));
        assertEquals(Map.of(), map.get("c"));
    }

    @Test
    void anything_that_is_not_json_is_refused() {
        for (String bad : List.of("", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{'a':1}", "{\"a\":01}", "nul",
                "{\"a\":1}x", "\"\u0001\"", "{\"a\":1,\"a\":2}", "[".repeat(100) + "]".repeat(100))) {
            assertThrows(Json.Malformed.class, () -> Json.parse(bad), bad);
        }
    }

    @Test
    void what_is_written_reads_back_the_same_and_markup_is_escaped() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "引号\" <b> \\ \t");
        value.put("list", List.of("a", 1, true));
        value.put("none", null);
        String written = Json.write(value);
        assertEquals(false, written.contains("<"));
        Map<?, ?> back = (Map<?, ?>) Json.parse(written);
        assertEquals("引号\" <b> \\ \t", back.get("text"));
        assertEquals(List.of("a", new BigDecimal("1"), true), back.get("list"));
    }
}
