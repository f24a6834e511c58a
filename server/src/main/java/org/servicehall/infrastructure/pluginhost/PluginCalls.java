package org.servicehall.infrastructure.pluginhost;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs calls into plugin code on the host's own threads, each with a time limit and its own error
 * handling, and counts failures per plugin. A plugin that throws or hangs costs its caller at most
 * the time limit and never an exception.
 */
public final class PluginCalls implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    private final Duration timeout;
    private final ExecutorService threads;
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    public PluginCalls(Duration timeout) {
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "servicehall-plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Calls plugin code. Empty when it threw, returned null, or did not finish in time; the
     * failure is logged with the plugin id and counted.
     *
     * @param pluginId the bundle symbolic name, for logs and counts
     * @param what     what was called, for the log
     */
    public <T> Optional<T> call(String pluginId, String what, Callable<T> call) {
        Future<T> future = threads.submit(call);
        try {
            return Optional.ofNullable(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            fail(pluginId, what, "did not answer within " + timeout.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            fail(pluginId, what, "threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
        }
        return Optional.empty();
    }

    /** Failed calls so far, per plugin id. */
    public Map<String, Long> failures() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        failures.forEach((id, count) -> copy.put(id, count.get()));
        return copy;
    }

    private void fail(String pluginId, String what, String reason, Throwable cause) {
        failures.computeIfAbsent(pluginId, id -> new AtomicLong()).incrementAndGet();
        LOG.log(Level.WARNING, "Plugin {0}: {1} {2}", new Object[] {pluginId, what, reason});
        if (cause != null) {
            LOG.log(Level.FINE, cause, () -> "Plugin " + pluginId + " failure");
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
