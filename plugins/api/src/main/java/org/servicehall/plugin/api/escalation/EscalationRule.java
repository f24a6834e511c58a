package org.servicehall.plugin.api.escalation;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One escalation rule, registered by a plugin as an OSGi service. The host calls {@link #evaluate}
 * on its own threads with a time limit (2 s by default); a rule that throws or hangs is counted as
 * failed and stopped after repeated failures, and never delays a filing.
 *
 * <p>A rule should be a pure function of the snapshot and the context: it may be called for the
 * same complaint every minute, and the host, not the rule, remembers what was already escalated
 * (by rule id, kind and {@link Escalation#code()}).
 */
@ConsumerType
public interface EscalationRule {

    /** Optional service property naming the rule, same value as {@link #id()}. */
    String PROPERTY_RULE_ID = "servicehall.escalation.rule.id";

    /** The pattern every {@link #id()} must match: lower case, digits, dots and dashes, 2 to 60 characters. */
    String ID_PATTERN = "[a-z][a-z0-9.-]{1,59}";

    /** A stable id, recorded in the complaint's history next to every escalation of this rule. */
    String id();

    /**
     * The escalations this complaint needs now; an empty list when none.
     *
     * @param complaint what the complaint looks like now (read-only)
     * @param context   the time now, the hall's working-day calendar and the rule's settings
     */
    List<Escalation> evaluate(ComplaintSnapshot complaint, RuleContext context);
}
