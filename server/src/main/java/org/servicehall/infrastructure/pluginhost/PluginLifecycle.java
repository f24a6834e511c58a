package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * What IT does to one installed plugin — stop it (kept stopped across restarts), start it again,
 * remove it — and the circuit breaker's stop, which lasts until the plugin's file changes, IT
 * starts it, or the server restarts. Each returns false when no such plugin is installed.
 */
final class PluginLifecycle {

    private static final Logger LOG = Logger.getLogger(PluginLifecycle.class.getName());

    private final PluginFramework framework;
    private final PluginFolders folders;
    private final PluginHolds holds;
    private final PluginCalls calls;

    PluginLifecycle(PluginFramework framework, PluginFolders folders, PluginHolds holds, PluginCalls calls) {
        this.framework = framework;
        this.folders = folders;
        this.holds = holds;
        this.calls = calls;
    }

    /** Stops a plugin and keeps it stopped across restarts until IT starts it. */
    boolean stop(String symbolicName) throws IOException, BundleException {
        Optional<Bundle> bundle = plugin(symbolicName);
        if (bundle.isEmpty()) {
            return false;
        }
        folders.markStopped(symbolicName, true);
        bundle.get().stop(Bundle.STOP_TRANSIENT);
        return true;
    }

    /** Starts a plugin IT stopped, or one the breaker stopped (its counts start afresh). */
    boolean start(String symbolicName) throws IOException, BundleException {
        Optional<Bundle> bundle = plugin(symbolicName);
        if (bundle.isEmpty()) {
            return false;
        }
        folders.markStopped(symbolicName, false);
        holds.release(symbolicName);
        calls.reset(symbolicName);
        try {
            bundle.get().start(Bundle.START_TRANSIENT);
            holds.started(symbolicName);
        } catch (BundleException e) {
            holds.startFailed(symbolicName, e.getMessage());
            throw e;
        }
        return true;
    }

    /**
     * Removes a plugin: its jar moves out of the watched folder into the removed folder (so it stays
     * removed after a restart) and the bundle is uninstalled now.
     */
    boolean remove(String symbolicName) throws IOException, BundleException {
        Optional<Bundle> bundle = plugin(symbolicName);
        if (bundle.isEmpty()) {
            return false;
        }
        Optional<Path> file = folders.fileAt(bundle.get().getLocation());
        if (file.isPresent()) {
            folders.remove(file.get(), Instant.now());
        }
        folders.markStopped(symbolicName, false);
        if (bundle.get().getState() != Bundle.UNINSTALLED) {
            bundle.get().uninstall();
        }
        return true;
    }

    /**
     * The breaker's stop: until the plugin's file changes or the server restarts (transient: the
     * file stays in the folder, so File Install would not undo it). Runs on its own thread, because
     * the caller may be a thread of that very plugin's call.
     */
    void holdForBreaker(String symbolicName) {
        holds.holdForBreaker(symbolicName);
        Thread stopper = new Thread(() -> {
            for (Bundle bundle : framework.bundles()) {
                if (symbolicName.equals(bundle.getSymbolicName())) {
                    try {
                        bundle.stop(Bundle.STOP_TRANSIENT);
                    } catch (BundleException | IllegalStateException e) {
                        LOG.log(Level.WARNING, "Could not stop plugin {0}", symbolicName);
                    }
                }
            }
        }, "servicehall-plugin-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    private Optional<Bundle> plugin(String symbolicName) {
        return framework.bundles().stream().filter(b -> symbolicName.equals(b.getSymbolicName()))
                .filter(b -> !BootBundle.isBoot(b)).findFirst();
    }
}
