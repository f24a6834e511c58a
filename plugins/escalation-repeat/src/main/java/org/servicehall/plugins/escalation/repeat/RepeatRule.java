package org.servicehall.plugins.escalation.repeat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.escalation.RuleContext;

/**
 * Counts, for each complaint, the complaints from the same complainant (phone), about the same
 * staff member and about the same window received in the days up to it (the complaint itself
 * included). At the configured number the supervisors are alerted, with the tracking numbers in
 * the reason. The span ends at the complaint's own receipt, so the answer for a complaint never
 * changes: each complaint from the Nth on is reported once (the code names kind and setting), and
 * the earlier ones, evaluated again later, do not report the same repetition a second time.
 *
 * <p>Settings: {@code complainant.count} (3), {@code staff.count} (3), {@code window.count} (5),
 * 0 switches a kind off; {@code complainant.days}, {@code staff.days}, {@code window.days} (30).
 */
@Component(service = EscalationRule.class, property = EscalationRule.PROPERTY_RULE_ID + "=" + RepeatRule.ID)
public class RepeatRule implements EscalationRule, Configurable {

    static final String ID = "repeat";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Escalation> evaluate(ComplaintSnapshot complaint, RuleContext context) {
        List<Escalation> asked = new ArrayList<>();
        Instant until = complaint.receivedAt();
        for (Repeat repeat : Repeat.values()) {
            Optional<String> key = repeat.key(complaint);
            int count = repeat.count(context);
            if (key.isEmpty() || count == 0) {
                continue;
            }
            int days = repeat.days(context);
            int limit = RuleContext.TRACKING_NUMBERS_MAX;
            List<String> numbers = context.recentTrackingNumbers(repeat.subject(), key.get(),
                    until.minus(Duration.ofDays(days)), until, limit);
            if (numbers.size() >= count) {
                asked.add(repeat.alert(complaint, numbers, numbers.size() >= limit, count, days));
            }
        }
        return asked;
    }

    @Override
    public List<SettingSpec> settings() {
        List<SettingSpec> specs = new ArrayList<>();
        for (Repeat repeat : Repeat.values()) {
            specs.addAll(repeat.settings());
        }
        return specs;
    }
}
