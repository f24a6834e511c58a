package org.servicehall.plugins.escalation.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.Escalation.Kind;
import org.servicehall.plugin.api.escalation.RuleContext;
import org.servicehall.plugin.api.escalation.Subject;
import org.servicehall.plugin.api.escalation.Stage;

class DeadlineRuleTest {

    private static final Instant DUE = Instant.parse("2026-12-01T09:30:00Z");
    private final DeadlineRule rule = new DeadlineRule();

    @Test
    void an_overdue_handling_alerts_the_supervisors_and_supervises_the_case() {
        List<Escalation> asked = rule.evaluate(complaint(Stage.HANDLE), at(DUE.plusSeconds(60), Map.of()));
        assertEquals(List.of(Kind.ALERT_SUPERVISOR, Kind.SUPERVISE), asked.stream().map(Escalation::kind).toList());
        assertEquals("overdue:HANDLE:" + DUE, asked.get(1).code());
    }

    @Test
    void a_sign_for_not_done_in_time_goes_back_to_the_supervisors_without_supervision() {
        List<Escalation> asked = rule.evaluate(complaint(Stage.SIGN_FOR), at(DUE, Map.of()));
        assertEquals(List.of(Kind.ALERT_SUPERVISOR, Kind.SUGGEST_REASSIGN), asked.stream().map(Escalation::kind).toList());
    }

    @Test
    void the_handler_is_reminded_within_the_configured_hours_before_the_deadline() {
        assertEquals(List.of(Kind.REMIND_HANDLER), rule.evaluate(complaint(Stage.HANDLE),
                at(DUE.minus(Duration.ofHours(3)), Map.of())).stream().map(Escalation::kind).toList());
        assertTrue(rule.evaluate(complaint(Stage.HANDLE), at(DUE.minus(Duration.ofHours(5)), Map.of())).isEmpty());
        assertEquals(1, rule.evaluate(complaint(Stage.HANDLE),
                at(DUE.minus(Duration.ofHours(5)), Map.of("dueSoonHours", "8"))).size());
    }

    @Test
    void a_finished_complaint_asks_nothing() {
        ComplaintSnapshot finished = ComplaintSnapshot.builder("TS1").status("CLOSED").categoryCode("X")
                .channel("KIOSK").receivedAt(DUE).build();
        assertTrue(rule.evaluate(finished, at(DUE.plusSeconds(1), Map.of())).isEmpty());
    }

    private static ComplaintSnapshot complaint(Stage stage) {
        return ComplaintSnapshot.builder("TS20261130-0007").status("INVESTIGATING").categoryCode("SERVICE_ATTITUDE")
                .channel("KIOSK").receivedAt(DUE.minus(Duration.ofDays(3))).current(stage, DUE).due(stage, DUE).build();
    }

    private static RuleContext at(Instant now, Map<String, String> settings) {
        return new RuleContext() {
            public Instant now() { return now; }
            public ZoneId zone() { return ZoneId.of("Asia/Shanghai"); }
            public boolean isWorkingDay(LocalDate day) { return true; }
            public LocalDate plusWorkingDays(LocalDate day, int days) { return day.plusDays(days); }
            public Optional<String> setting(String key) { return Optional.ofNullable(settings.get(key)); }
            public List<String> recentTrackingNumbers(Subject subject, String key, Instant since, Instant until, int limit) {
                return List.of(); // this rule never asks
            }
        };
    }
}
