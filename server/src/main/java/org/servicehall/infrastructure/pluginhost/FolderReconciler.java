package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Brings the installed plugins to the state the plugin folder asks for. File Install only installs,
 * updates and uninstalls what the folder holds; the reconciler starts what may run (not stopped by
 * IT, not held by the breaker), takes out what signing forbids, and feeds the incoming folder to
 * {@link PluginAdmission}. All its work runs on one thread of its own.
 */
final class FolderReconciler {

    private static final Logger LOG = Logger.getLogger(FolderReconciler.class.getName());

    /** How long {@link #awaitPluginsInFolder} waits for the bundles already in the folder to come up. */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(15);
    /** How soon a start refused by Felix's global resolve lock (held by another resolve) is tried again. */
    private static final long LOCK_RETRY_MILLIS = 250;

    private final PluginHostSettings settings;
    private final PluginFolders folders;
    private final PluginFramework framework;
    private final PluginAdmission admission;
    private final PluginHolds holds;
    private final PluginCalls calls;
    private volatile ScheduledExecutorService worker;

    FolderReconciler(PluginHostSettings settings, PluginFolders folders, PluginFramework framework,
                     PluginAdmission admission, PluginHolds holds, PluginCalls calls) {
        this.settings = settings;
        this.folders = folders;
        this.framework = framework;
        this.admission = admission;
        this.holds = holds;
        this.calls = calls;
    }

    void open() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "servicehall-plugin-admin");
            thread.setDaemon(true);
            return thread;
        });
    }

    void close() {
        ScheduledExecutorService executor = worker;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /**
     * Hears every bundle event synchronously, so that a new or updated bundle's circuit is closed
     * before its services register and are first called (an asynchronous listener heard of the start
     * only afterwards, and the services of a plugin dropped in again after the breaker stopped it
     * were turned away). File Install only installs and updates; the host decides what starts.
     */
    void bundleChanged(BundleEvent event) {
        String name = event.getBundle().getSymbolicName();
        int type = event.getType();
        if (name != null && (type == BundleEvent.STARTING || type == BundleEvent.UPDATED)) {
            calls.reset(name);
        }
        // The breaker held that bundle; a new version, or the plugin removed (and so any later
        // install of it), starts afresh.
        if (name != null && (type == BundleEvent.UPDATED || type == BundleEvent.UNINSTALLED)) {
            holds.release(name);
        }
        if (type == BundleEvent.INSTALLED || type == BundleEvent.UPDATED || type == BundleEvent.UNINSTALLED) {
            schedule(0);
        }
    }

    /** Reconciles now, and from now on polls the incoming folder. */
    void watch() {
        schedule(0);
        worker.scheduleWithFixedDelay(admission::takeIncoming, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits (up to a limit) until the plugins in the folder that IT did not stop are started. */
    void awaitPluginsInFolder() {
        Set<String> expected = folders.bundleNames();
        expected.removeAll(folders.stopped());
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> active = framework.bundles().stream()
                    .filter(bundle -> bundle.getState() == Bundle.ACTIVE)
                    .map(Bundle::getSymbolicName)
                    .collect(Collectors.toSet());
            if (active.containsAll(expected)) {
                settle();
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.log(Level.WARNING, "Not every plugin in {0} started within {1} s; continuing without them",
                new Object[] {settings.pluginsDir(), SETTLE_LIMIT.toSeconds()});
    }

    /**
     * Waits for the queued work: a bundle is ACTIVE a moment before the start call that made it so
     * returns, with its services registered.
     */
    private void settle() {
        try {
            worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "plugin reconciler busy", e);
        }
    }

    private void schedule(long delayMillis) {
        ScheduledExecutorService executor = worker;
        if (executor != null && !executor.isShutdown()) {
            try {
                executor.schedule(this::reconcile, delayMillis, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "reconcile not scheduled (host stopping)", e);
            }
        }
    }

    /**
     * Brings every plugin bundle to the state it should have: with signing on, a jar the host did
     * not place in the folder is taken out; a bundle not stopped by IT or held by the breaker is
     * started; a start that fails (e.g. a missing import) is kept as the plugin's problem and tried
     * again when the set of bundles changes; a start refused only because another resolve held the
     * framework's lock is tried again shortly.
     */
    private void reconcile() {
        Set<String> stopped = folders.stopped();
        for (Bundle bundle : framework.bundles()) {
            if (BootBundle.isBoot(bundle) || bundle.getState() == Bundle.UNINSTALLED
                    || bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            Optional<Path> file = folders.fileAt(bundle.getLocation());
            if (admission.signingRequired() && file.isPresent() && !folders.isAdmitted(file.get())) {
                refuseUnadmitted(bundle, file.get());
                continue;
            }
            String name = bundle.getSymbolicName();
            if (name == null || stopped.contains(name) || holds.isHeldByBreaker(name)
                    || bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING) {
                continue;
            }
            start(bundle, name);
        }
        holds.keepProblemsOf(framework.bundles().stream().map(Bundle::getSymbolicName).collect(Collectors.toSet()));
    }

    private void start(Bundle bundle, String name) {
        try {
            bundle.start();
            holds.started(name);
        } catch (BundleException | IllegalStateException | SecurityException e) {
            if (String.valueOf(e.getMessage()).contains("global lock")) {
                // another resolve (File Install's refresh) held the framework: not the plugin's fault
                schedule(LOCK_RETRY_MILLIS);
            } else if (holds.startFailed(name, e.getMessage())) {
                LOG.log(Level.WARNING, "Plugin {0} cannot start: {1}", new Object[] {name, e.getMessage()});
            }
        }
    }

    private void refuseUnadmitted(Bundle bundle, Path file) {
        try {
            folders.reject(file, file.getFileName().toString(), JarRejectionReason.NOT_ADMITTED,
                    "placed in " + settings.pluginsDir() + " directly; signed plugins go through the incoming folder",
                    Instant.now(), "host");
            bundle.uninstall();
            LOG.log(Level.WARNING, "Plugin file {0} was not admitted by the host; rejected", file.getFileName());
        } catch (IOException | BundleException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not refuse plugin file {0}: {1}", new Object[] {file.getFileName(), e.toString()});
        }
    }
}
