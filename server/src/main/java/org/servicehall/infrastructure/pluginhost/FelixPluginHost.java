package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.notify.Notifier;

/**
 * The plugin host as the rest of the server sees it: the {@link PluginFramework}, the
 * {@link FolderReconciler} that keeps it in line with the plugin folder, and the
 * {@link PluginLifecycle} IT drives, started and stopped together. Not a CDI bean: the application
 * creates one per run, and tests create their own on a folder of their own.
 */
public final class FelixPluginHost {

    private static final Logger LOG = Logger.getLogger(FelixPluginHost.class.getName());

    private final PluginHostSettings settings;
    private final CategoryRegistry categories;
    private final PluginCalls calls;
    private final PluginFolders folders;
    private final PluginHolds holds = new PluginHolds();
    private final PluginFramework framework;
    private final PluginAdmission admission;
    private final FolderReconciler reconciler;
    private final PluginLifecycle lifecycle;

    public FelixPluginHost(PluginHostSettings settings, List<BootBundle> bootBundles, CategoryRegistry categories) {
        this(settings, bootBundles, categories, new PluginCalls(settings.callTimeout()));
    }

    /** @param calls the guard every call into a plugin goes through; closed when the host stops */
    public FelixPluginHost(PluginHostSettings settings, List<BootBundle> bootBundles, CategoryRegistry categories,
                           PluginCalls calls) {
        this.settings = settings;
        this.categories = categories;
        this.calls = calls;
        this.folders = new PluginFolders(settings.pluginsDir());
        this.framework = new PluginFramework(settings, bootBundles, categories, calls);
        this.admission = new PluginAdmission(settings, folders, calls.clock());
        this.reconciler = new FolderReconciler(settings, folders, framework, admission, holds, calls);
        this.lifecycle = new PluginLifecycle(framework, folders, holds, calls);
    }

    /** Offers plugins a service of the host's (e.g. the notifiers' context); before {@link #start()}. */
    public <T> void offer(Class<T> type, T service) {
        framework.offer(type, service);
    }

    /**
     * Starts the framework, the boot bundles and the trackers, then waits (up to a limit) until the
     * plugins already in the folder are installed and started.
     */
    public synchronized void start() throws BundleException, IOException {
        if (framework.isStarted()) {
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(settings.pluginsDir());
        Files.createDirectories(settings.cacheDir());
        folders.create();
        admission.open();
        reconciler.open();
        framework.start(reconciler::bundleChanged);
        reconciler.watch();
        reconciler.awaitPluginsInFolder();
        LOG.log(Level.INFO, "Plugin host started in {0} ms, watching {1}",
                new Object[] {(System.nanoTime() - started) / 1_000_000, settings.pluginsDir()});
    }

    /** Stops the reconciler and the framework; waits for the framework to stop. */
    public synchronized void stop() {
        if (!framework.isStarted()) {
            return;
        }
        try {
            reconciler.close();
            framework.stop();
        } finally {
            calls.close();
            categories.clear();
        }
    }

    public synchronized boolean isRunning() {
        return framework.isActive();
    }

    /** The bundles in the framework now, the system bundle excluded. */
    public List<Bundle> bundles() {
        return framework.bundles();
    }

    /** The escalation rules registered now. */
    List<Contribution<EscalationRule>> rules() {
        return framework.rules();
    }

    /** The notifiers registered now. */
    List<Contribution<Notifier>> notifiers() {
        return framework.notifiers();
    }

    /** The channel adapters registered now. */
    List<Contribution<ChannelAdapter>> channels() {
        return framework.channels();
    }

    /** The circuit breaker's stop of a plugin; see {@link PluginLifecycle#holdForBreaker}. */
    public void stopBundle(String symbolicName) {
        lifecycle.holdForBreaker(symbolicName);
    }

    /** Admits a jar into the plugin folder or rejects it; see {@link PluginAdmission#admit}. */
    public JarVerdict admit(Path privateCopy, String originalName, String actor) throws IOException {
        return admission.admit(privateCopy, originalName, actor);
    }

    /** Admits a jar as {@link #admit(Path, String, String)}, handing an accepted one to the publisher first. */
    JarVerdict admit(Path privateCopy, String originalName, String actor, PluginAdmission.Publisher publisher)
            throws IOException {
        return admission.admit(privateCopy, originalName, actor, publisher);
    }

    /** Stops a plugin and keeps it stopped across restarts until IT starts it. */
    public synchronized boolean stopPlugin(String symbolicName) throws IOException, BundleException {
        return lifecycle.stop(symbolicName);
    }

    /** Starts a plugin IT stopped, or one the breaker stopped (its counts start afresh). */
    public synchronized boolean startPlugin(String symbolicName) throws IOException, BundleException {
        return lifecycle.start(symbolicName);
    }

    /** Removes a plugin: its jar leaves the watched folder (so it stays removed) and the bundle is uninstalled. */
    public synchronized boolean removePlugin(String symbolicName) throws IOException, BundleException {
        return lifecycle.remove(symbolicName);
    }

    /** Why plugins could not start, by symbolic name. */
    public Map<String, String> problems() {
        return holds.problems();
    }

    /** An OSGi bundle state by name, as the plugin report and the plugin table show it. */
    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    /** Whether the circuit breaker holds a plugin stopped. */
    boolean isHeldByBreaker(String symbolicName) {
        return holds.isHeldByBreaker(symbolicName);
    }

    /** Plugins IT stopped. */
    public Set<String> stoppedByAdmin() {
        return folders.stopped();
    }

    public PluginFolders folders() {
        return folders;
    }

    public PluginCalls calls() {
        return calls;
    }

    public PluginHostSettings settings() {
        return settings;
    }
}
