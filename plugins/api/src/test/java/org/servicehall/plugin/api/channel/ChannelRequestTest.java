package org.servicehall.plugin.api.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelRequestTest {

    @Test
    void headers_are_found_whatever_their_case_and_the_body_cannot_be_changed_from_outside() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        ChannelRequest request = new ChannelRequest("post", "work-orders", Map.of("a", List.of("1")),
                Map.of("X-Signature", List.of("abc")), body, "127.0.0.1");
        body[0] = 'x';
        assertEquals("POST", request.method());
        assertEquals("abc", request.header("x-signature").orElseThrow());
        assertEquals("1", request.queryParameter("a").orElseThrow());
        assertTrue(request.header("missing").isEmpty());
        assertEquals("{}", request.bodyAsText());
        request.body()[0] = 'y';
        assertEquals("{}", request.bodyAsText());
    }

    @Test
    void a_response_keeps_its_headers_and_refuses_a_status_that_is_not_http() {
        ChannelResponse response = ChannelResponse.json(200, "{}").withHeader("X-Request-Id", "1");
        assertEquals("1", response.headers().get("X-Request-Id"));
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), response.body());
        assertThrows(IllegalArgumentException.class, () -> ChannelResponse.text(99, "x"));
    }

    @Test
    void a_status_change_needs_its_complaint_and_time() {
        assertThrows(NullPointerException.class, () -> StatusChange.builder("c1", StatusChange.Kind.RESULT).build());
        StatusChange change = StatusChange.builder("c1", StatusChange.Kind.RESULT).complaint("T1", "W1")
                .occurredAt(Instant.EPOCH).status("CLOSED").measures(List.of("apology")).build();
        assertEquals(List.of("apology"), change.measures());
        assertTrue(change.reason().isEmpty());
    }
}
