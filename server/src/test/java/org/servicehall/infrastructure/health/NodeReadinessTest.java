package org.servicehall.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeReadinessTest {

    @TempDir
    Path dir;

    private static NodeReadiness node(String nodes, String id, String keysFile, String password) {
        NodeReadiness readiness = new NodeReadiness();
        readiness.nodes = nodes;
        readiness.nodeId = Optional.ofNullable(id);
        readiness.keysFile = Optional.ofNullable(keysFile);
        readiness.keysPassword = Optional.ofNullable(password);
        return readiness;
    }

    @Test
    void a_server_on_its_own_needs_nothing_more() {
        assertEquals(List.of(), node("one", null, null, null).missing());
    }

    @Test
    void one_node_of_several_without_id_keys_or_password_is_not_ready_and_says_what_is_missing() {
        assertEquals(List.of("servicehall.node.id is not set", "servicehall.ltpa.keys.password is not set",
                "servicehall.ltpa.keys.file is not set"), node("several", " ", null, "").missing());
    }

    @Test
    void one_node_of_several_waits_for_a_keys_file_it_can_read() throws IOException {
        Path keys = dir.resolve("ltpa.keys");
        NodeReadiness readiness = node("several", "hall1-a", keys.toString(), "secret");
        assertEquals(List.of("the keys file servicehall.ltpa.keys.file cannot be read"), readiness.missing());
        Files.writeString(keys, "keys");
        assertEquals(List.of(), readiness.missing());
    }
}
