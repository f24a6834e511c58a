package org.servicehall.plugins.channel.hotline12345;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.parsson.JsonProviderImpl;
import org.junit.jupiter.api.Test;

class HotlineJsonTest {

    @Test
    void objects_arrays_strings_numbers_and_literals_are_read() throws Exception {
        JsonObject map = HotlineJson.parse(" {\"a\":\"x\\u4e2d\\n\",\"b\":[1,-2.5e3,true,false,null],\"c\":{}} ").asJsonObject();
        assertEquals("x中\n", map.getString("a"));
        JsonArray b = map.getJsonArray("b");
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("-2.5e3")),
                List.of(b.getJsonNumber(0).bigDecimalValue(), b.getJsonNumber(1).bigDecimalValue()));
        assertEquals(List.of(JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL), b.subList(2, 5));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, map.get("c"));
    }

    @Test
    void anything_that_is_not_json_is_refused() {
        for (String bad : List.of("", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{'a':1}", "{\"a\":01}", "nul",
                "{\"a\":1}x", "\"\u0001\"", "{\"a\":1,\"a\":2}", "[".repeat(100) + "]".repeat(100))) {
            assertThrows(HotlineJson.Malformed.class, () -> HotlineJson.parse(bad), bad);
        }
    }

    @Test
    void nesting_numbers_and_names_are_bounded() throws Exception {
        HotlineJson.parse("[".repeat(33) + "]".repeat(33));
        assertThrows(HotlineJson.Malformed.class, () -> HotlineJson.parse("[".repeat(34) + "]".repeat(34)));
        String forty = "1" + "0".repeat(39);
        assertEquals(new BigDecimal(forty), HotlineJson.parse("[" + forty + "]").asJsonArray().getJsonNumber(0).bigDecimalValue());
        assertThrows(HotlineJson.Malformed.class, () -> HotlineJson.parse("[" + forty + "0]"));
        HotlineJson.parse(names(1000));
        assertThrows(HotlineJson.Malformed.class, () -> HotlineJson.parse("[" + names(1001) + "]"));
    }

    @Test
    void what_is_written_reads_back_the_same_and_markup_is_escaped() throws Exception {
        JsonObject value = HotlineJson.object().add("text", "引号\" <b> & \\ \t\u2028")
                .add("list", HotlineJson.array(List.of("a", 1, true))).addNull("none").build();
        String written = HotlineJson.write(value);
        assertEquals(false, written.contains("<") || written.contains("&") || written.contains("\u2028"), written);
        assertTrue(written.contains("引号"), "Chinese is written as it is: " + written);
        JsonObject back = HotlineJson.parse(written).asJsonObject();
        assertEquals("引号\" <b> & \\ \t\u2028", back.getString("text"));
        assertEquals(value.getJsonArray("list"), back.getJsonArray("list"));
        assertEquals(JsonValue.NULL, back.get("none"));
    }

    @Test
    void another_json_p_on_the_threads_class_loader_is_not_used() throws Exception {
        // as in the host, where the context class loader is the server's, with a JSON-P of its own
        URL[] jsonP = {JsonProviderImpl.class.getProtectionDomain().getCodeSource().getLocation(),
                JsonValue.class.getProtectionDomain().getCodeSource().getLocation()};
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader server = new URLClassLoader(jsonP, null)) {
            thread.setContextClassLoader(server);
            String written = HotlineJson.write(HotlineJson.object().add("code", "0").build());
            assertEquals("0", HotlineJson.parse(written).asJsonObject().getString("code"));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static String names(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"n" + i + "\":" + i).collect(Collectors.joining(",", "{", "}"));
    }
}
