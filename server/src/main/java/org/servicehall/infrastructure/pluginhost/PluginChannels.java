package org.servicehall.infrastructure.pluginhost;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.osgi.framework.Bundle;
import org.servicehall.application.ChannelEndpoints;
import org.servicehall.application.ChannelIntake;
import org.servicehall.application.ChannelOutbox;
import org.servicehall.application.ComplaintStatusLookup;
import org.servicehall.application.PublicCaseSearch;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.infrastructure.persistence.JpaPluginSettings;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.StatusChange;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * The channel adapters plugins offer now, called through the guard: HTTP requests to their
 * endpoints, their polls and their deliveries of status changes. Each call gets a context bound to
 * the application (a contextual proxy), because the guard runs plugin code on threads of its own
 * and the adapter calls back into the application from there.
 */
@ApplicationScoped
public class PluginChannels implements ChannelEndpoints {

    private static final Logger LOG = Logger.getLogger(PluginChannels.class.getName());
    private static final Pattern CODE = Pattern.compile(ChannelAdapter.CODE_PATTERN);
    private static final Duration MIN_POLL = Duration.ofSeconds(1);
    private static final long DEFAULT_POLL_LIMIT_MILLIS = 30_000;
    private static final long DEFAULT_HANDLE_LIMIT_MILLIS = 4_500;

    @Inject
    PluginHostService plugins;

    @Inject
    ChannelIntake intake;

    @Inject
    ComplaintStatusLookup lookup;

    @Inject
    PublicCaseSearch search;

    @Inject
    CategoryCatalog catalog;

    @Inject
    DeadlinePolicy policy;

    @Inject
    Clock clock;

    /** Values IT set on the admin screen; they win over the server's configuration. */
    @Inject
    JpaPluginSettings settings;

    @Resource
    ContextService contextService;

    /** Channel id → the symbolic name of the bundle that offered it, to tell "stopped" from "removed". */
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastPoll = new ConcurrentHashMap<>();
    /** Channel id → the missing settings last logged, so that a closed channel is logged once, not per request. */
    private final Map<String, List<String>> reportedMissing = new ConcurrentHashMap<>();

    /**
     * The adapters whose poll runs now: never two polls of one adapter at once. By adapter, not
     * channel id: a new version of the plugin polls at once, whatever its predecessor still does.
     */
    private final Set<Contribution<ChannelAdapter>> polling = ConcurrentHashMap.newKeySet();

    /**
     * Managed threads with the application's context: polls run here, so that a slow one holds up
     * neither the channel job nor the other channels, and so does the database work adapters ask
     * for (see {@link HostChannelContext}).
     */
    @Resource
    ManagedExecutorService executor;

    /** Hands one HTTP request to the channel's adapter. */
    @Override
    public Outcome handle(String channelId, Call call) {
        ChannelRequest request = new ChannelRequest(call.method(), call.path(), call.query(), call.headers(), call.body(),
                call.remoteAddress(), call.endpointUri());
        Optional<FelixPluginHost> host = plugins.host();
        Optional<Contribution<ChannelAdapter>> found = host.flatMap(h -> find(h, channelId));
        if (found.isEmpty()) {
            return isStopped(host, channelId) ? new Outcome.Unavailable() : new Outcome.Unknown();
        }
        Contribution<ChannelAdapter> channel = found.get();
        PluginCalls calls = host.get().calls();
        if (calls.isOpen(channel.pluginId())) {
            return new Outcome.Unavailable();
        }
        List<String> missing = missingSettings(host.get(), channel).stream().map(SettingSpec::key).toList();
        if (!missing.isEmpty()) {
            if (!missing.equals(reportedMissing.put(channel.id(), missing))) {
                LOG.log(Level.WARNING, "Channel {0} is not configured and refuses requests until these settings are set "
                        + "(plugin screen, or servicehall.channel.{0}.<key>): {1}", new Object[] {channel.id(), missing});
            }
            return new Outcome.NotConfigured(missing);
        }
        reportedMissing.remove(channel.id());
        Optional<ChannelContext> context = context(calls, channel);
        if (context.isEmpty()) {
            return new Outcome.Unavailable();
        }
        return calls.call(channel.pluginId(), "ChannelAdapter.handle " + channel.id(), handleLimit(),
                        () -> channel.service().handle(request, context.get()))
                .<Outcome>map(r -> new Outcome.Answered(r.status(), r.contentType(), r.headers(), r.body()))
                .orElseGet(Outcome.Unavailable::new);
    }

    @Override
    public Optional<Outcome.Answered> tooLarge(String channelId, Call call, int limitBytes) {
        ChannelRequest request = new ChannelRequest(call.method(), call.path(), call.query(), call.headers(), new byte[0],
                call.remoteAddress(), call.endpointUri());
        Optional<FelixPluginHost> host = plugins.host();
        Optional<Contribution<ChannelAdapter>> found = host.flatMap(h -> find(h, channelId));
        if (found.isEmpty() || host.get().calls().isOpen(found.get().pluginId())) {
            return Optional.empty();
        }
        Contribution<ChannelAdapter> channel = found.get();
        return host.get().calls().call(channel.pluginId(), "ChannelAdapter.bodyTooLarge " + channel.id(),
                        () -> channel.service().bodyTooLarge(request, limitBytes))
                .flatMap(answer -> answer)
                .map(r -> new Outcome.Answered(r.status(), r.contentType(), r.headers(), r.body()));
    }

    @Override
    public Availability availability(String channelId) {
        Optional<FelixPluginHost> host = plugins.host();
        Optional<Contribution<ChannelAdapter>> found = host.flatMap(h -> find(h, channelId));
        if (found.isEmpty()) {
            return isStopped(host, channelId) ? Availability.UNAVAILABLE : Availability.UNKNOWN;
        }
        return host.get().calls().isOpen(found.get().pluginId()) ? Availability.UNAVAILABLE : Availability.AVAILABLE;
    }

    @Override
    public Optional<String> setting(String channelId, String key) {
        Optional<FelixPluginHost> host = plugins.host();
        Optional<Contribution<ChannelAdapter>> found = host.flatMap(h -> find(h, channelId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<SettingSpec> declared = PluginSettingsCatalog.declare(host.get(), "channel", found.get())
                .flatMap(d -> d.specs().stream().filter(spec -> spec.key().equals(key)).findFirst());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        return PluginSettingsCatalog.lookup(settings.all()).apply(DeclaredSettings.prefix("channel", channelId) + key)
                .or(() -> Optional.ofNullable(declared.get().defaultValue()));
    }

    /**
     * Hands one status change to its channel's adapter.
     *
     * @return empty when the channel is absent or its plugin failing (try later without counting);
     *         true when delivered or the channel does not report this kind; false when not delivered
     */
    public Optional<Boolean> deliver(ChannelOutbox.Change kept) {
        String channelId = kept.channelId();
        StatusChange change = statusChange(kept);
        Optional<FelixPluginHost> host = plugins.host();
        Optional<Contribution<ChannelAdapter>> found = host.flatMap(h -> find(h, channelId));
        if (found.isEmpty() || host.get().calls().isOpen(found.get().pluginId())) {
            return Optional.empty();
        }
        Contribution<ChannelAdapter> channel = found.get();
        PluginCalls calls = host.get().calls();
        if (!missingSettings(host.get(), channel).isEmpty()) {
            // a channel without its required settings cannot reach its counterpart: wait, uncounted
            return Optional.empty();
        }
        Set<StatusChange.Kind> wanted = calls.call(channel.pluginId(), "ChannelAdapter.statusChanges " + channel.id(),
                () -> channel.service().statusChanges()).orElse(null);
        if (wanted == null) {
            return Optional.empty();
        }
        if (!wanted.contains(change.kind())) {
            return Optional.of(true);
        }
        Optional<ChannelContext> context = context(calls, channel);
        if (context.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(calls.call(channel.pluginId(), "ChannelAdapter.deliver " + channel.id(),
                () -> channel.service().deliver(change, context.get())).orElse(false));
    }

    /** The ids of the channels registered now whose plugin is not failing. */
    public Set<String> available() {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty()) {
            return Set.of();
        }
        PluginCalls calls = host.get().calls();
        return host.get().channels().stream().filter(c -> !calls.isOpen(c.pluginId()))
                .map(Contribution::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Starts a poll of every channel whose interval has passed since its last poll and whose last
     * poll has finished. Polls run on threads of their own and the caller does not wait for them:
     * one channel's poll may take up to its time limit (30 s), and the other channels' deliveries
     * must not wait behind it.
     */
    public void pollDue() {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty()) {
            return;
        }
        PluginCalls calls = host.get().calls();
        for (Contribution<ChannelAdapter> channel : host.get().channels()) {
            if (polling.contains(channel) || calls.isOpen(channel.pluginId())) {
                continue;
            }
            Optional<Duration> interval = calls.call(channel.pluginId(), "ChannelAdapter.pollInterval " + channel.id(),
                    () -> channel.service().pollInterval()).flatMap(i -> i);
            Instant now = clock.instant();
            Instant last = lastPoll.get(channel.id());
            if (interval.isEmpty() || (last != null && last.plus(max(interval.get(), MIN_POLL)).isAfter(now))
                    || !missingSettings(host.get(), channel).isEmpty()) {
                continue;
            }
            Optional<ChannelContext> context = context(calls, channel);
            if (context.isEmpty() || !polling.add(channel)) {
                continue;
            }
            lastPoll.put(channel.id(), now);
            Runnable poll = () -> {
                try {
                    calls.call(channel.pluginId(), "ChannelAdapter.poll " + channel.id(), pollLimit(), () -> {
                        channel.service().poll(context.get());
                        return Boolean.TRUE;
                    });
                } finally {
                    polling.remove(channel);
                }
            };
            try {
                executor.execute(poll);
            } catch (RuntimeException e) {
                polling.remove(channel); // the server is stopping: the next run polls again
            }
        }
    }

    /**
     * How long a channel may take to answer a request of its counterpart: WeChat waits 5 s for an
     * answer (and then sends the push again), so its default is just under that, longer than the
     * screens' plugin calls; the first request after a start, which files the first complaint through
     * the plugin host, took longer than those 2 s on a cold server.
     */
    static Duration handleLimit() {
        return Duration.ofMillis(ConfigProvider.getConfig().getOptionalValue("servicehall.plugins.channel.timeout.millis", Long.class)
                .filter(n -> n > 0).orElse(DEFAULT_HANDLE_LIMIT_MILLIS));
    }

    /**
     * How long one scheduled poll may take: longer than a request's call limit, since no one waits
     * for it and a mail server may be slow to connect; a poll that takes longer still counts as a
     * failure of its plugin.
     */
    static Duration pollLimit() {
        return Duration.ofMillis(ConfigProvider.getConfig().getOptionalValue("servicehall.plugins.poll.timeout.millis", Long.class)
                .filter(n -> n > 0).orElse(DEFAULT_POLL_LIMIT_MILLIS));
    }

    /** The largest body the host reads for this channel. */
    @Override
    public int maxBodyBytes(String channelId) {
        return ConfigProvider.getConfig().getOptionalValue("servicehall.channel." + channelId + ".max.body.bytes", Integer.class)
                .filter(n -> n > 0).orElse(ChannelAdapter.DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * The channel's required settings that have no value: while there are any, the channel stays
     * closed (no requests, polls or deliveries reach its adapter).
     */
    private List<SettingSpec> missingSettings(FelixPluginHost host, Contribution<ChannelAdapter> channel) {
        return PluginSettingsCatalog.declare(host, "channel", channel)
                .map(declared -> PluginSettingsCatalog.missing(declared, PluginSettingsCatalog.lookup(settings.all())))
                .orElse(List.of());
    }

    private Optional<Contribution<ChannelAdapter>> find(FelixPluginHost host, String channelId) {
        Optional<Contribution<ChannelAdapter>> found = host.channels().stream()
                .filter(c -> c.id().equals(channelId)).findFirst();
        found.ifPresent(c -> seen.put(c.id(), c.pluginId()));
        return found;
    }

    /** The channel's bundle is still installed (its file is in the folder) but offers no adapter now. */
    private boolean isStopped(Optional<FelixPluginHost> host, String channelId) {
        if (host.isEmpty() || !host.get().isRunning()) {
            return seen.containsKey(channelId);
        }
        String pluginId = seen.get(channelId);
        return pluginId != null && host.get().bundles().stream()
                .anyMatch(b -> pluginId.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED);
    }

    private Optional<ChannelContext> context(PluginCalls calls, Contribution<ChannelAdapter> channel) {
        Optional<String> code = calls.call(channel.pluginId(), "ChannelAdapter.channelCode " + channel.id(),
                () -> channel.service().channelCode()).filter(c -> CODE.matcher(c).matches());
        return code.map(c -> contextService.createContextualProxy(new HostChannelContext(channel.id(), c,
                new ChannelContextServices(intake, lookup, search, catalog, clock, policy.zone(),
                        key -> PluginSettingsCatalog.lookup(settings.all()).apply(key), executor)), ChannelContext.class));
    }

    static StatusChange statusChange(ChannelOutbox.Change c) {
        return StatusChange.builder(c.changeId(), StatusChange.Kind.valueOf(c.kind()))
                .complaint(c.trackingNumber(), c.externalReference())
                .occurredAt(c.occurredAt())
                .status(c.status())
                .reason(c.reason())
                .finding(c.finding(), c.findingText())
                .measures(c.measures())
                .feedback(c.feedback())
                .build();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
