package org.servicehall.infrastructure.pluginhost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.servicehall.application.PluginReport;

/** The plugin report from the running framework and the guard's health records. */
@ApplicationScoped
public class FelixPluginReport implements PluginReport {

    @Inject
    PluginHostService plugins;

    @Override
    public List<Plugin> plugins() {
        FelixPluginHost host = plugins.host().orElse(null);
        if (host == null) {
            return List.of();
        }
        Map<String, PluginHealth.Snapshot> health = host.calls().health();
        Map<String, String> problems = host.problems();
        Set<String> stopped = host.stoppedByAdmin();
        return host.bundles().stream()
                .filter(bundle -> !bundle.getLocation().startsWith("servicehall-boot:"))
                .sorted(Comparator.comparing(bundle -> String.valueOf(bundle.getSymbolicName())))
                .map(bundle -> report(bundle, host, health.get(bundle.getSymbolicName()),
                        stopped.contains(bundle.getSymbolicName()), problems.get(bundle.getSymbolicName())))
                .toList();
    }

    private Plugin report(Bundle bundle, FelixPluginHost host, PluginHealth.Snapshot health, boolean stopped,
                          String problem) {
        String name = bundle.getSymbolicName();
        List<String> categories = plugins.all().stream().filter(c -> name != null && name.equals(c.source()))
                .map(c -> c.code()).toList();
        List<String> rules = host.rules().stream().filter(r -> r.pluginId().equals(name)).map(r -> r.id()).toList();
        List<String> notifiers = host.notifiers().stream().filter(n -> n.pluginId().equals(name)).map(n -> n.id()).toList();
        List<String> channels = host.channels().stream().filter(c -> c.pluginId().equals(name)).map(c -> c.id()).toList();
        PluginHealth.Snapshot h = health == null ? new PluginHealth().snapshot() : health;
        return new Plugin(name, bundle.getVersion().toString(), bundle.getHeaders().get(Constants.BUNDLE_VENDOR),
                state(bundle.getState()), categories, rules, notifiers, channels, h.calls(), h.failures(),
                h.consecutiveFailures(), h.lastError(), h.lastErrorAt(), h.circuitOpen(), stopped,
                bundle.getState() == Bundle.ACTIVE ? null : problem);
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}
