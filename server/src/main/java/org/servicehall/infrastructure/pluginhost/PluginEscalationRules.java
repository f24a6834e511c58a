package org.servicehall.infrastructure.pluginhost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.EscalationRequest;
import org.servicehall.application.EscalationRules;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.infrastructure.persistence.JpaPluginSettings;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.EscalationRule;

/**
 * The escalation rules plugins offer now, asked through the guard: each rule's call is bounded in
 * time and isolated, and what it returns is translated into the application's requests.
 */
@ApplicationScoped
public class PluginEscalationRules implements EscalationRules {

    private static final Logger LOG = Logger.getLogger(PluginEscalationRules.class.getName());
    private static final int MAX_PER_RULE = 10;

    @Inject
    PluginHostService plugins;

    @Inject
    DeadlinePolicy policy;

    @Inject
    JpaPluginSettings settings;

    @Override
    public List<EscalationRequest> evaluate(Complaint complaint, Instant now) {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty() || host.get().rules().isEmpty()) {
            return List.of();
        }
        ComplaintSnapshot snapshot = Snapshots.of(complaint);
        Function<String, Optional<String>> config = PluginSettingsCatalog.lookup(settings.all());
        List<EscalationRequest> requests = new ArrayList<>();
        for (Contributions.Contribution<EscalationRule> rule : host.get().rules()) {
            HallRuleContext context = new HallRuleContext(now, policy.zone(), policy.calendar(), rule.id(), config);
            List<Escalation> asked = host.get().calls()
                    .call(rule.pluginId(), "EscalationRule " + rule.id(), () -> rule.service().evaluate(snapshot, context))
                    .orElse(List.of());
            asked.stream().limit(MAX_PER_RULE).filter(e -> e != null)
                    .forEach(e -> requests.add(translate(rule, e)));
            if (asked.size() > MAX_PER_RULE) {
                LOG.log(Level.WARNING, "Plugin {0}: rule {1} asked more than {2} escalations; the rest ignored",
                        new Object[] {rule.pluginId(), rule.id(), MAX_PER_RULE});
            }
        }
        return requests;
    }

    private static EscalationRequest translate(Contributions.Contribution<EscalationRule> rule, Escalation e) {
        return new EscalationRequest(rule.pluginId(), rule.id(), EscalationRequest.Kind.valueOf(e.kind().name()),
                e.code(), e.reason().zh(), e.reason().en(),
                e.targetUrgency().map(u -> Urgency.valueOf(u.name())).orElse(null));
    }
}
