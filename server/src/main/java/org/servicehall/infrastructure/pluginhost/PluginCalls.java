package org.servicehall.infrastructure.pluginhost;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one guard every call into plugin code goes through: the call runs on the host's own
 * threads with a time limit and its own error handling, failures are counted per plugin, and a
 * plugin one kind of whose calls fails {@code breakAfter} times in a row has its circuit opened:
 * it is not called again until it is reset (a new or updated bundle). A plugin that throws or hangs costs its
 * caller at most the time limit and never an exception.
 */
public final class PluginCalls implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    private final Duration timeout;
    private final int breakAfter;
    private final Clock clock;
    private final ExecutorService threads;
    private final Map<String, PluginHealth> health = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, PluginHealthSnapshot> onOpen = (id, snapshot) -> { };

    public PluginCalls(Duration timeout) {
        this(timeout, 5, Clock.systemUTC());
    }

    /**
     * @param timeout    how long one call may take
     * @param breakAfter consecutive failures that open a plugin's circuit
     * @param clock      for the time of the last error
     */
    public PluginCalls(Duration timeout, int breakAfter, Clock clock) {
        if (breakAfter < 1) {
            throw new IllegalArgumentException("breakAfter must be at least 1");
        }
        this.timeout = timeout;
        this.breakAfter = breakAfter;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "servicehall-plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Told once when a plugin's circuit opens (on the calling thread; keep it short). */
    /** The clock of the hall this guard reports times in. */
    public Clock clock() {
        return clock;
    }

    public void onCircuitOpen(BiConsumer<String, PluginHealthSnapshot> listener) {
        this.onOpen = listener;
    }

    /**
     * Calls plugin code. Empty when the plugin's circuit is open, or the call threw, returned
     * null, or did not finish in time; the failure is logged with the plugin id and counted.
     *
     * @param pluginId the bundle symbolic name, for logs and counts
     * @param what     what was called, for the log
     */
    public <T> Optional<T> call(String pluginId, String what, Callable<T> call) {
        return call(pluginId, what, timeout, call);
    }

    /**
     * As {@link #call(String, String, Callable)} with a time limit of its own, for calls no one
     * waits for (a channel's scheduled poll of a mail server may take longer than a request may).
     */
    public <T> Optional<T> call(String pluginId, String what, Duration limit, Callable<T> call) {
        PluginHealth plugin = health.computeIfAbsent(pluginId, id -> new PluginHealth());
        if (plugin.isOpen()) {
            return Optional.empty();
        }
        Future<T> future;
        try {
            future = threads.submit(call);
        } catch (RejectedExecutionException e) {
            return Optional.empty(); // the host is stopping
        }
        try {
            T result = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            plugin.succeeded(what);
            return Optional.ofNullable(result);
        } catch (TimeoutException e) {
            future.cancel(true);
            fail(pluginId, plugin, what, "did not answer within " + limit.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            fail(pluginId, plugin, what, "threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
        }
        return Optional.empty();
    }

    /** Whether the plugin's circuit is open (its calls are skipped). */
    public boolean isOpen(String pluginId) {
        PluginHealth plugin = health.get(pluginId);
        return plugin != null && plugin.isOpen();
    }

    /** Closes the plugin's circuit and forgets its consecutive failures (the totals stay). */
    public void reset(String pluginId) {
        PluginHealth plugin = health.get(pluginId);
        if (plugin != null) {
            plugin.reset();
        }
    }

    /** Failed calls so far, per plugin id. */
    public Map<String, Long> failures() {
        Map<String, Long> copy = new TreeMap<>();
        health.forEach((id, plugin) -> copy.put(id, plugin.snapshot().failures()));
        return copy;
    }

    /** Health of every plugin called so far, per plugin id. */
    public Map<String, PluginHealthSnapshot> health() {
        Map<String, PluginHealthSnapshot> copy = new TreeMap<>();
        health.forEach((id, plugin) -> copy.put(id, plugin.snapshot()));
        return copy;
    }

    private void fail(String pluginId, PluginHealth plugin, String what, String reason, Throwable cause) {
        String error = what + " " + reason;
        boolean opened = plugin.failed(what, error, clock.instant(), breakAfter);
        LOG.log(Level.WARNING, "Plugin {0}: {1}", new Object[] {pluginId, error});
        if (cause != null) {
            LOG.log(Level.FINE, cause, () -> "Plugin " + pluginId + " failure");
        }
        if (opened) {
            LOG.log(Level.SEVERE, "Plugin {0} failed {1} times in a row; its circuit is open and it is stopped",
                    new Object[] {pluginId, breakAfter});
            try {
                onOpen.accept(pluginId, plugin.snapshot());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "circuit-open listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
