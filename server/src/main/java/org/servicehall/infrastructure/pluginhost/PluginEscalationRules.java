package org.servicehall.infrastructure.pluginhost;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.EscalationRequest;
import org.servicehall.application.EscalationRules;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
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
    private static final long QUERY_SECONDS = 5;

    @Inject
    PluginHostService plugins;

    @Inject
    DeadlinePolicy policy;

    @Inject
    JpaPluginSettings settings;

    @Inject
    ComplaintCounts counts;

    /** Rules run on the guard's plain threads; the database is read on a managed one, with the application's context. */
    @Resource
    ManagedExecutorService executor;

    @Override
    public List<EscalationRequest> evaluate(Complaint complaint, Instant now) {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty() || host.get().rules().isEmpty()) {
            return List.of();
        }
        ComplaintSnapshot snapshot = Snapshots.of(complaint);
        Function<String, Optional<String>> config = PluginSettingsCatalog.lookup(settings.all());
        RuleSubjects subjects = RuleSubjects.of(complaint);
        List<EscalationRequest> requests = new ArrayList<>();
        for (Contribution<EscalationRule> rule : host.get().rules()) {
            HallRuleContext context = new HallRuleContext(now, policy.zone(), policy.calendar(), rule.id(),
                    config, subjects, this::receivedAbout);
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

    /** Asked by a rule, on the guard's thread: the read runs on a managed thread and the rule waits for it. */
    private List<String> receivedAbout(ComplaintRepository.About about, String value, Instant since, Instant until, int max) {
        try {
            return executor.submit(() -> counts.receivedAbout(about, value, since, until, max))
                    .get(QUERY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting complaints", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("counting complaints failed: " + e, e);
        }
    }

    private static EscalationRequest translate(Contribution<EscalationRule> rule, Escalation e) {
        return new EscalationRequest(rule.pluginId(), rule.id(), EscalationRequest.Kind.valueOf(e.kind().name()),
                e.code(), e.reason().zh(), e.reason().en(),
                e.targetUrgency().map(u -> Urgency.valueOf(u.name())).orElse(null));
    }
}
