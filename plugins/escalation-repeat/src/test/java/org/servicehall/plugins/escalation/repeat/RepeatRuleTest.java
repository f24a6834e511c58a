package org.servicehall.plugins.escalation.repeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.RuleContext;
import org.servicehall.plugin.api.escalation.Subject;

class RepeatRuleTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-02T02:00:00Z");

    private final RepeatRule rule = new RepeatRule();
    private final Hall hall = new Hall();

    @Test
    void the_third_complaint_from_one_phone_within_30_days_alerts_the_supervisors_with_the_other_numbers() {
        hall.file("TS-20261102-00001", "phone-a", null, null, DAY_ONE);
        hall.file("TS-20261110-00004", "phone-a", null, null, DAY_ONE.plus(Duration.ofDays(8)));
        ComplaintSnapshot third = hall.file("TS-20261125-00002", "phone-a", null, null, DAY_ONE.plus(Duration.ofDays(23)));

        List<Escalation> asked = rule.evaluate(third, hall.context(Map.of()));

        assertEquals(1, asked.size());
        Escalation alert = asked.get(0);
        assertEquals(Escalation.Kind.ALERT_SUPERVISOR, alert.kind());
        assertEquals("repeat:complainant:3in30d", alert.code());
        assertEquals("同一投诉人30天内已投诉3次：TS-20261110-00004、TS-20261102-00001", alert.reason().zh());
        assertEquals("3 complaints from the same complainant within 30 days: TS-20261110-00004, TS-20261102-00001",
                alert.reason().en());
    }

    @Test
    void the_earlier_complaints_do_not_report_the_repetition_again() {
        ComplaintSnapshot first = hall.file("TS-20261102-00001", "phone-a", null, null, DAY_ONE);
        ComplaintSnapshot second = hall.file("TS-20261103-00001", "phone-a", null, null, DAY_ONE.plus(Duration.ofDays(1)));
        hall.file("TS-20261104-00001", "phone-a", null, null, DAY_ONE.plus(Duration.ofDays(2)));

        assertTrue(rule.evaluate(first, hall.context(Map.of())).isEmpty());
        assertTrue(rule.evaluate(second, hall.context(Map.of())).isEmpty());
    }

    @Test
    void complaints_older_than_the_span_do_not_count() {
        hall.file("TS-20261002-00001", "phone-a", null, null, DAY_ONE.minus(Duration.ofDays(31)));
        hall.file("TS-20261102-00001", "phone-a", null, null, DAY_ONE);
        ComplaintSnapshot third = hall.file("TS-20261103-00001", "phone-a", null, null, DAY_ONE.plus(Duration.ofDays(1)));

        assertTrue(rule.evaluate(third, hall.context(Map.of())).isEmpty());
        assertEquals(1, rule.evaluate(third, hall.context(Map.of("complainant.days", "40"))).size(),
                "counted once the span is configured longer");
    }

    @Test
    void staff_and_window_repeats_are_counted_on_their_own_with_their_own_thresholds() {
        for (int i = 1; i <= 4; i++) {
            hall.file("TS-20261102-0000" + i, "phone-" + i, "zhang.wei", "12", DAY_ONE.plus(Duration.ofHours(i)));
        }
        ComplaintSnapshot fifth = hall.file("TS-20261102-00005", null, "li.na", "12", DAY_ONE.plus(Duration.ofHours(5)));
        ComplaintSnapshot fourth = hall.snapshot("TS-20261102-00004");

        List<Escalation> onFourth = rule.evaluate(fourth, hall.context(Map.of()));
        assertEquals(List.of("repeat:staff:3in30d"), onFourth.stream().map(Escalation::code).toList());
        assertEquals("同一工作人员30天内被投诉4次：TS-20261102-00003、TS-20261102-00002、TS-20261102-00001",
                onFourth.get(0).reason().zh());

        List<Escalation> onFifth = rule.evaluate(fifth, hall.context(Map.of()));
        assertEquals(List.of("repeat:window:5in30d"), onFifth.stream().map(Escalation::code).toList());
        assertTrue(onFifth.get(0).reason().zh().startsWith("12号窗口30天内被投诉5次："), onFifth.get(0).reason().zh());
        assertTrue(onFifth.get(0).reason().en().startsWith("5 complaints about window 12 within 30 days: "));
    }

    @Test
    void a_count_of_zero_switches_a_kind_off_and_a_wrong_setting_keeps_the_default() {
        hall.file("TS-20261102-00001", "phone-a", null, null, DAY_ONE);
        ComplaintSnapshot second = hall.file("TS-20261102-00002", "phone-a", null, null, DAY_ONE.plusSeconds(60));

        assertEquals(List.of("repeat:complainant:2in30d"), rule.evaluate(second, hall.context(Map.of("complainant.count", "2")))
                .stream().map(Escalation::code).toList());
        assertTrue(rule.evaluate(second, hall.context(Map.of("complainant.count", "0"))).isEmpty());
        assertTrue(rule.evaluate(second, hall.context(Map.of("complainant.count", "two"))).isEmpty(), "default 3 applies");
        assertTrue(rule.evaluate(second, hall.context(Map.of("complainant.count", "1"))).isEmpty(), "1 is no repetition: default");
    }

    @Test
    void an_anonymous_complaint_about_nobody_in_particular_asks_nothing() {
        ComplaintSnapshot anonymous = hall.file("TS-20261102-00001", null, null, null, DAY_ONE);
        assertTrue(rule.evaluate(anonymous, hall.context(Map.of("complainant.count", "2"))).isEmpty());
        assertEquals(0, hall.lookups, "nothing to look up");
    }

    @Test
    void a_long_list_is_cut_to_the_reason_length_and_says_so() {
        ComplaintSnapshot last = null;
        for (int i = 1; i <= 20; i++) {
            last = hall.file(String.format("TS-20261102-%05d", i), "phone-a", null, null, DAY_ONE.plusSeconds(i));
        }
        Escalation alert = rule.evaluate(last, hall.context(Map.of())).get(0);
        assertTrue(alert.reason().zh().length() <= Escalation.REASON_MAX_LENGTH);
        assertTrue(alert.reason().en().length() <= Escalation.REASON_MAX_LENGTH);
        assertTrue(alert.reason().zh().startsWith("同一投诉人30天内已投诉20次：TS-20261102-00019、"), alert.reason().zh());
        assertTrue(alert.reason().en().endsWith(", …"), alert.reason().en());
    }

    /** Complaints as the host keeps them, and a rule context that answers like the host does. */
    private static final class Hall {
        private final Map<String, ComplaintSnapshot> complaints = new HashMap<>();
        int lookups;

        ComplaintSnapshot file(String number, String phoneHash, String staff, String window, Instant at) {
            ComplaintSnapshot snapshot = ComplaintSnapshot.builder(number).status("RECEIVED").categoryCode("SERVICE_ATTITUDE")
                    .channel("KIOSK").receivedAt(at).complainantPhoneHash(phoneHash).staffComplainedAboutId(staff)
                    .windowComplainedAbout(window).build();
            complaints.put(number, snapshot);
            return snapshot;
        }

        ComplaintSnapshot snapshot(String number) {
            return complaints.get(number);
        }

        RuleContext context(Map<String, String> settings) {
            return new RuleContext() {
                public Instant now() { return DAY_ONE.plus(Duration.ofDays(400)); }
                public ZoneId zone() { return ZoneId.of("Asia/Shanghai"); }
                public boolean isWorkingDay(LocalDate day) { return true; }
                public LocalDate plusWorkingDays(LocalDate day, int days) { return day.plusDays(days); }
                public Optional<String> setting(String key) { return Optional.ofNullable(settings.get(key)); }
                public List<String> recentTrackingNumbers(Subject subject, String key, Instant since, Instant until, int limit) {
                    lookups++;
                    List<ComplaintSnapshot> found = new ArrayList<>();
                    for (ComplaintSnapshot c : complaints.values()) {
                        Optional<String> value = switch (subject) {
                            case COMPLAINANT_PHONE_HASH -> c.complainantPhoneHash();
                            case STAFF -> c.staffComplainedAboutId();
                            case WINDOW -> c.windowComplainedAbout();
                        };
                        if (value.filter(key::equals).isPresent() && !c.receivedAt().isBefore(since) && !c.receivedAt().isAfter(until)) {
                            found.add(c);
                        }
                    }
                    return found.stream().sorted(Comparator.comparing(ComplaintSnapshot::receivedAt).reversed())
                            .limit(limit).map(ComplaintSnapshot::trackingNumber).toList();
                }
            };
        }
    }
}
