package org.servicehall.plugins.channel.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void json_is_compact_in_the_order_given_and_keeps_markup_inert() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", "T-1");
        request.put("description", "窗口 <b>\"慢\"</b> & \\ \n\u2028");
        request.put("lat", null);
        request.put("code", 400);
        request.put("metadata", true);
        assertEquals("[{\"service_request_id\":\"T-1\","
                + "\"description\":\"窗口 \\u003cb\\u003e\\\"慢\\\"\\u003c/b\\u003e \\u0026 \\\\ \\n\\u2028\","
                + "\"lat\":null,\"code\":400,\"metadata\":true}]",
                Document.json(new Document.Items("request", List.of(request))));
    }

    @Test
    void xml_and_json_carry_the_same_tree() {
        Document.Items formats = new Document.Items("format", List.of("text/xml", "application/json"));
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<formats><format>text/xml</format>"
                + "<format>application/json</format></formats>\n", Document.xml("formats", formats));
        assertEquals("[\"text/xml\",\"application/json\"]", Document.json(formats));
    }
}
