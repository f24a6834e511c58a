package org.servicehall.plugin.api.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;

class EscalationTest {

    private static final LocalizedText WHY = LocalizedText.of("已超期", "overdue");

    @Test
    void a_raise_carries_its_target_urgency() {
        Escalation raise = Escalation.raiseUrgency(Urgency.EMERGENCY, "words:danger", WHY);
        assertEquals(Escalation.Kind.RAISE_URGENCY, raise.kind());
        assertEquals(Urgency.EMERGENCY, raise.targetUrgency().orElseThrow());
        assertTrue(Escalation.supervise("overdue:HANDLE", WHY).targetUrgency().isEmpty());
    }

    @Test
    void a_code_with_spaces_or_too_long_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Escalation.supervise("over due", WHY));
        assertThrows(IllegalArgumentException.class, () -> Escalation.supervise("x".repeat(81), WHY));
    }

    @Test
    void a_reason_longer_than_the_limit_is_refused() {
        LocalizedText tooLong = LocalizedText.of("长".repeat(201), "long");
        assertThrows(IllegalArgumentException.class, () -> Escalation.alertSupervisor("x", tooLong));
    }

    @Test
    void a_snapshot_is_a_copy_that_does_not_change_with_its_builder() {
        ComplaintSnapshot.Builder builder = ComplaintSnapshot.builder("TS20261128-0001").status("ASSIGNED")
                .categoryCode("SERVICE_ATTITUDE").channel("KIOSK").receivedAt(Instant.EPOCH)
                .due(Stage.HANDLE, Instant.EPOCH);
        ComplaintSnapshot snapshot = builder.build();
        builder.due(Stage.HANDLE, Instant.MAX);
        assertEquals(Instant.EPOCH, snapshot.due(Stage.HANDLE).orElseThrow());
        assertTrue(snapshot.complainantPhoneHash().isEmpty());
        assertEquals("", snapshot.description());
    }
}
