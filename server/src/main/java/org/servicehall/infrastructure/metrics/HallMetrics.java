package org.servicehall.infrastructure.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.servicehall.application.CaseQueries.Queue;
import org.servicehall.application.ComplaintFiled;
import org.servicehall.infrastructure.persistence.JpaBacklogCounts;
import org.servicehall.infrastructure.pluginhost.FelixPluginHost;
import org.servicehall.infrastructure.pluginhost.PluginHealthSnapshot;
import org.servicehall.infrastructure.pluginhost.PluginHostService;

/**
 * ServiceHall's own metrics in the application registry (Prometheus names {@code servicehall_*}).
 * Filings are counted as they are committed, on the server that took them (with several servers,
 * sum over servers). Everything read from the database is counted on a schedule, every
 * {@code servicehall.metrics.refresh.seconds}, on indexed queries; a scrape only reads the last
 * snapshot, so scraping often costs the database nothing (with several servers every one reports
 * the same hall-wide figures: take one, do not sum). Plugin calls are this server's own.
 */
@ApplicationScoped
public class HallMetrics {

    private static final Logger LOG = Logger.getLogger(HallMetrics.class.getName());

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    JpaBacklogCounts counts;

    @Inject
    PluginHostService plugins;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "servicehall.metrics.refresh.seconds", defaultValue = "30")
    long refreshSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Queue, Long> queues = new ConcurrentHashMap<>();
    private final Map<String, Long> channelBacklog = new ConcurrentHashMap<>();
    private final Map<String, PluginHealthSnapshot> pluginHealth = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Map<String, Counter> filings = new ConcurrentHashMap<>();
    private volatile long outboxPending;
    private volatile long refreshedAt;
    private ScheduledFuture<?> schedule;

    /** Registers the gauges and counts for the first time at once, then every period. */
    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        for (Queue queue : JpaBacklogCounts.HALL_QUEUES) {
            String name = queue.name().toLowerCase(Locale.ROOT);
            gauge("servicehall.queue.cases", "Open complaints in a hall-wide work queue", "queue:" + name,
                    () -> queues.getOrDefault(queue, 0L), new Tag("queue", name));
        }
        gauge("servicehall.outbox.pending", "Messages to staff and complainants not delivered yet", "outbox",
                () -> outboxPending);
        gauge("servicehall.metrics.refreshed", "When the database figures were last counted (epoch seconds)",
                "refreshed", () -> refreshedAt);
        gauge("servicehall.plugins.circuits.open", "Plugins whose circuit is open (stopped after failing in a row)",
                "circuits", () -> pluginHealth.values().stream().filter(PluginHealthSnapshot::circuitOpen).count());
        long period = Math.max(1, refreshSeconds);
        schedule = scheduler.scheduleWithFixedDelay(this::refreshSafely, 0, period, TimeUnit.SECONDS);
        LOG.log(Level.INFO, "Metrics on /metrics; database figures counted every {0} s", period);
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    /** After the filing's commit, whichever channel it came through. */
    void filed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintFiled filed) {
        // runs on the filing's request thread: the channel's counter is looked up in the registry once
        filings.computeIfAbsent(filed.channel() == null ? "UNKNOWN" : filed.channel(),
                channel -> registry.counter(Metadata.builder().withName("servicehall.filings")
                        .withDescription("Complaints filed on this server, per channel").build(),
                        new Tag("channel", channel))).inc();
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the database may be away for a moment; the gauges keep the last figures and say when
            LOG.log(Level.WARNING, "Metrics: counting the queues and backlogs failed: {0}", e.toString());
        }
    }

    void refresh() {
        plugins.host().map(FelixPluginHost::calls).ifPresent(calls -> {
            pluginHealth.putAll(calls.health());
            calls.health().keySet().forEach(this::registerPlugin);
        });
        queues.putAll(counts.queues(clock.instant()));
        outboxPending = counts.outboxPending();
        Map<String, Long> pending = counts.channelOutboxPending();
        // a channel once seen keeps its gauge and reads 0 when its backlog is gone
        channelBacklog.replaceAll((channel, old) -> 0L);
        channelBacklog.putAll(pending);
        pending.keySet().forEach(channel -> gauge("servicehall.channel.outbox.pending",
                "Status changes a channel's counterpart has not acknowledged yet", "channel:" + channel,
                () -> channelBacklog.getOrDefault(channel, 0L), new Tag("channel", channel)));
        refreshedAt = clock.instant().getEpochSecond();
    }

    private void registerPlugin(String pluginId) {
        Tag plugin = new Tag("plugin", pluginId);
        pluginGauge("servicehall.plugin.calls", "Calls into a plugin on this server since it started", pluginId,
                PluginHealthSnapshot::calls, plugin);
        pluginGauge("servicehall.plugin.failures", "Failed calls into a plugin (threw, hung, returned nothing)",
                pluginId, PluginHealthSnapshot::failures, plugin);
        pluginGauge("servicehall.plugin.circuit.open", "1 while the plugin's circuit is open", pluginId,
                snapshot -> snapshot.circuitOpen() ? 1 : 0, plugin);
    }

    private void pluginGauge(String name, String description, String pluginId,
                             ToLongFunction<PluginHealthSnapshot> value, Tag plugin) {
        gauge(name, description, name + ":" + pluginId, () -> {
            PluginHealthSnapshot snapshot = pluginHealth.get(pluginId);
            return snapshot == null ? 0L : value.applyAsLong(snapshot);
        }, plugin);
    }

    /** Registers a gauge once per key: MicroProfile Metrics refuses a second gauge of the same id. */
    private void gauge(String name, String description, String key, Supplier<Long> value,
                       Tag... tags) {
        if (registered.add(name + "|" + key)) {
            registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), value, tags);
        }
    }
}
