package org.servicehall.plugins.escalation.urgentwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.servicehall.plugin.api.escalation.Urgency;

class UrgentWordsRuleTest {

    private final UrgentWordsRule rule = new UrgentWordsRule();

    @Test
    void self_harm_in_chinese_makes_an_emergency_and_alerts_the_supervisors() {
        List<Escalation> asked = rule.evaluate(complaint("再不给我办我就去跳楼", Urgency.NORMAL), settings(Map.of()));
        assertEquals(List.of(Kind.RAISE_URGENCY, Kind.ALERT_SUPERVISOR), asked.stream().map(Escalation::kind).toList());
        assertEquals(Urgency.EMERGENCY, asked.get(0).targetUrgency().orElseThrow());
        assertEquals("words:SELF_HARM", asked.get(0).code());
    }

    @Test
    void english_words_match_regardless_of_case() {
        assertEquals(2, rule.evaluate(complaint("I will call a JOURNALIST tomorrow", Urgency.URGENT), settings(Map.of())).size());
    }

    @Test
    void an_english_word_inside_another_word_does_not_count() {
        assertTrue(rule.evaluate(complaint("My mobile number was refused", Urgency.NORMAL), settings(Map.of())).isEmpty());
        assertEquals(2, rule.evaluate(complaint("A mob gathered at window 3", Urgency.NORMAL), settings(Map.of())).size());
    }

    @Test
    void an_ordinary_complaint_asks_nothing_and_an_emergency_only_alerts() {
        assertTrue(rule.evaluate(complaint("窗口人员态度不好", Urgency.NORMAL), settings(Map.of())).isEmpty());
        assertEquals(List.of(Kind.ALERT_SUPERVISOR), rule.evaluate(complaint("这是要出人命的", Urgency.EMERGENCY),
                settings(Map.of())).stream().map(Escalation::kind).toList());
    }

    @Test
    void configured_words_replace_the_defaults() {
        Map<String, String> words = Map.of("words.media.zh", "抖音，微博");
        assertEquals(2, rule.evaluate(complaint("我要发到微博上", Urgency.NORMAL), settings(words)).size());
        assertTrue(rule.evaluate(complaint("我要找记者", Urgency.NORMAL), settings(words)).isEmpty());
    }

    private static ComplaintSnapshot complaint(String text, Urgency urgency) {
        return ComplaintSnapshot.builder("TS20261130-0007").status("RECEIVED").urgency(urgency)
                .categoryCode("SERVICE_ATTITUDE").channel("KIOSK").receivedAt(Instant.EPOCH).description(text).build();
    }

    private static RuleContext settings(Map<String, String> settings) {
        return new RuleContext() {
            public Instant now() { return Instant.EPOCH; }
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
