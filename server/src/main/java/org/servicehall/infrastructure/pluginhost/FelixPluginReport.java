package org.servicehall.infrastructure.pluginhost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.servicehall.application.PluginReport;
import org.servicehall.infrastructure.persistence.JpaPluginSettings;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * The plugin report from the running framework, the guard's health records and the settings: a
 * plugin whose rule or channel lacks a required setting is reported as not configured.
 */
@ApplicationScoped
public class FelixPluginReport implements PluginReport {

    private static final Logger LOG = Logger.getLogger(FelixPluginReport.class.getName());

    @Inject
    PluginHostService plugins;

    /** Values IT set on the admin screen, to tell which required settings still have none. */
    @Inject
    JpaPluginSettings settings;

    @Inject
    Clock clock;

    @Override
    public List<Plugin> plugins() {
        FelixPluginHost host = plugins.host().orElse(null);
        if (host == null) {
            return List.of();
        }
        Map<String, PluginHealthSnapshot> health = host.calls().health();
        Map<String, String> problems = host.problems();
        Set<String> stopped = host.stoppedByAdmin();
        Map<String, List<MissingSetting>> missing = missing(host);
        Map<String, List<NodeState>> nodes = nodes();
        return host.bundles().stream()
                .filter(bundle -> !BootBundle.isBoot(bundle))
                .sorted(Comparator.comparing(bundle -> String.valueOf(bundle.getSymbolicName())))
                .map(bundle -> report(bundle, host, health.get(bundle.getSymbolicName()),
                        stopped.contains(bundle.getSymbolicName()), problems.get(bundle.getSymbolicName()),
                        missing.getOrDefault(bundle.getSymbolicName(), List.of()),
                        nodes.getOrDefault(bundle.getSymbolicName(), List.of())))
                .toList();
    }

    /**
     * Each plugin's state on every server that reported lately, by symbolic name: a server reports
     * its plugins at least every {@link PluginTableFollower#RUNS_PER_STILL_HERE} polls, so one whose
     * latest report is older than {@link PluginHostService#goneAfter()} is gone (stopped, or cut off
     * from the database), not failing, and is left out. A server that reports other plugins but not
     * this one holds it MISSING.
     */
    private Map<String, List<NodeState>> nodes() {
        Optional<PluginTable> table = plugins.table();
        if (table.isEmpty()) {
            return Map.of();
        }
        List<PluginNodeState> states;
        try {
            states = table.get().nodeStates();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin states of the servers not read: {0}", e.toString());
            return Map.of();
        }
        Instant since = clock.instant().minus(plugins.goneAfter());
        Map<String, Instant> lastReport = new TreeMap<>();
        states.forEach(s -> lastReport.merge(s.node(), s.updatedAt(), (a, b) -> a.isAfter(b) ? a : b));
        lastReport.values().removeIf(at -> at.isBefore(since));
        Map<String, Map<String, NodeState>> byPlugin = new HashMap<>();
        for (PluginNodeState s : states) {
            if (lastReport.containsKey(s.node())) {
                byPlugin.computeIfAbsent(s.symbolicName(), name -> new TreeMap<>())
                        .put(s.node(), new NodeState(s.node(), s.state(), s.problem(), lastReport.get(s.node())));
            }
        }
        Map<String, List<NodeState>> result = new HashMap<>();
        byPlugin.forEach((name, reported) -> {
            lastReport.forEach((node, at) -> reported.putIfAbsent(node, new NodeState(node, "MISSING", null, at)));
            result.put(name, List.copyOf(reported.values()));
        });
        return result;
    }

    /** Plugin id → the required settings of its services that have no value now. */
    private Map<String, List<MissingSetting>> missing(FelixPluginHost host) {
        Function<String, Optional<String>> lookup = PluginSettingsCatalog.lookup(settings.all());
        Map<String, List<MissingSetting>> result = new HashMap<>();
        for (DeclaredSettings declared : PluginSettingsCatalog.declared(host)) {
            for (SettingSpec spec : PluginSettingsCatalog.missing(declared, lookup)) {
                result.computeIfAbsent(declared.pluginId(), id -> new ArrayList<>()).add(new MissingSetting(declared.kind(),
                        declared.id(), spec.key(), spec.label().zh(), spec.label().en()));
            }
        }
        return result;
    }

    private Plugin report(Bundle bundle, FelixPluginHost host, PluginHealthSnapshot health, boolean stopped,
                          String problem, List<MissingSetting> notConfigured, List<NodeState> nodes) {
        String name = bundle.getSymbolicName();
        List<String> categories = plugins.all().stream().filter(c -> name != null && name.equals(c.source()))
                .map(c -> c.code()).toList();
        List<String> rules = host.rules().stream().filter(r -> r.pluginId().equals(name)).map(r -> r.id()).toList();
        List<String> notifiers = host.notifiers().stream().filter(n -> n.pluginId().equals(name)).map(n -> n.id()).toList();
        List<String> channels = host.channels().stream().filter(c -> c.pluginId().equals(name)).map(c -> c.id()).toList();
        PluginHealthSnapshot h = health == null ? new PluginHealth().snapshot() : health;
        return new Plugin(name, bundle.getVersion().toString(), bundle.getHeaders().get(Constants.BUNDLE_VENDOR),
                FelixPluginHost.stateName(bundle.getState()), categories, rules, notifiers, channels, h.calls(), h.failures(),
                h.consecutiveFailures(), h.lastError(), h.lastErrorAt(), h.circuitOpen(), stopped,
                bundle.getState() == Bundle.ACTIVE ? null : problem, List.copyOf(notConfigured), nodes,
                (int) nodes.stream().filter(n -> "RUNNING".equals(n.state())).count());
    }
}
