package org.servicehall.plugins.escalation.faulty;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.escalation.RuleContext;

/** Takes a minute over every evaluation (until interrupted). */
@Component(service = EscalationRule.class)
public class HangingRule implements EscalationRule {

    @Override
    public String id() {
        return "faulty.hangs";
    }

    @Override
    public List<Escalation> evaluate(ComplaintSnapshot complaint, RuleContext context) {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
