package org.servicehall.application;

import java.util.Objects;
import org.servicehall.domain.model.calendar.Urgency;

/**
 * What one escalation rule asks for one complaint, already translated from the plugin's types.
 *
 * @param pluginId      the plugin (bundle) the rule comes from
 * @param ruleId        the rule's id, recorded in the history
 * @param kind          what to do
 * @param code          what makes the occasion distinct; each (rule, kind, code) is applied once per complaint
 * @param reasonZh      the reason, zh-CN
 * @param reasonEn      the reason, English
 * @param targetUrgency for {@link Kind#RAISE_URGENCY}; null otherwise
 */
public record EscalationRequest(String pluginId, String ruleId, Kind kind, String code, String reasonZh,
                                String reasonEn, Urgency targetUrgency) {

    /** What the host does. */
    public enum Kind {
        RAISE_URGENCY, ALERT_SUPERVISOR, SUPERVISE, SUGGEST_REASSIGN, REMIND_HANDLER
    }

    public EscalationRequest {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        if (kind == Kind.RAISE_URGENCY) {
            Objects.requireNonNull(targetUrgency, "targetUrgency");
        }
    }
}
