package org.servicehall.plugins.escalation.faulty;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.escalation.RuleContext;

/** Fails every evaluation. */
@Component(service = EscalationRule.class)
public class ThrowingRule implements EscalationRule {

    @Override
    public String id() {
        return "faulty.throws";
    }

    @Override
    public List<Escalation> evaluate(ComplaintSnapshot complaint, RuleContext context) {
        throw new IllegalStateException("faulty rule: always throws");
    }
}
