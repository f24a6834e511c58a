package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.notify.Notifier;

/**
 * One embedded Felix framework with its boot bundles and trackers. Not a CDI bean: the
 * application creates one per run, and tests create their own on a folder of their own.
 */
public final class FelixPluginHost {

    private static final Logger LOG = Logger.getLogger(FelixPluginHost.class.getName());

    /** How long {@link #start} waits for the bundles already in the folder to come up. */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(15);

    private final PluginHostSettings settings;
    private final List<BootBundle> bootBundles;
    private final CategoryRegistry categories;
    private final PluginCalls calls;

    private Framework framework;
    private CategoryTracker categoryTracker;
    private Contributions<EscalationRule> rules;
    private Contributions<Notifier> notifiers;
    private Contributions<ChannelAdapter> channels;

    public FelixPluginHost(PluginHostSettings settings, List<BootBundle> bootBundles, CategoryRegistry categories) {
        this(settings, bootBundles, categories, new PluginCalls(settings.callTimeout()));
    }

    /** @param calls the guard every call into a plugin goes through; closed when the host stops */
    public FelixPluginHost(PluginHostSettings settings, List<BootBundle> bootBundles, CategoryRegistry categories,
                           PluginCalls calls) {
        this.settings = settings;
        this.bootBundles = List.copyOf(bootBundles);
        this.categories = categories;
        this.calls = calls;
    }

    /**
     * Starts the framework, the boot bundles and the trackers, then waits (up to a limit) until the
     * plugins already in the folder are installed and started.
     */
    public synchronized void start() throws BundleException, IOException {
        if (framework != null) {
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(settings.pluginsDir());
        Files.createDirectories(settings.cacheDir());

        Felix felix = new Felix(frameworkProperties());
        felix.init();
        BundleContext context = felix.getBundleContext();
        installBootBundles(context);
        categoryTracker = new CategoryTracker(context, categories, calls);
        categoryTracker.open();
        rules = new Contributions<>(context, EscalationRule.class, EscalationRule.ID_PATTERN, EscalationRule::id, calls);
        rules.open();
        notifiers = new Contributions<>(context, Notifier.class, EscalationRule.ID_PATTERN, Notifier::id, calls);
        notifiers.open();
        channels = new Contributions<>(context, ChannelAdapter.class, ChannelAdapter.ID_PATTERN, ChannelAdapter::id, calls);
        channels.open();
        // A new or updated bundle gets a fresh chance: its circuit closes.
        context.addBundleListener(event -> {
            if (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.UPDATED) {
                calls.reset(event.getBundle().getSymbolicName());
            }
        });
        felix.start();
        framework = felix;
        awaitPluginsInFolder(context);
        LOG.log(Level.INFO, "Plugin host started in {0} ms, watching {1}",
                new Object[] {(System.nanoTime() - started) / 1_000_000, settings.pluginsDir()});
    }

    private Map<String, Object> frameworkProperties() {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, settings.cacheDir().toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ApiPackages.exportPackage(FelixPluginHost.class.getClassLoader()));
        // Never touch the JVM-wide URL handler factories that Liberty owns.
        config.put("felix.service.urlhandlers", "false");
        // A resolver thread pool would pin the web application's class loader after a stop.
        config.put("felix.resolver.parallelism", "1");
        config.put("felix.log.level", "1");
        config.put("felix.fileinstall.dir", settings.pluginsDir().toAbsolutePath().toString());
        config.put("felix.fileinstall.poll", Long.toString(settings.pollInterval().toMillis()));
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.bundles.new.start", "true");
        config.put("felix.fileinstall.filter", ".*\\.jar");
        config.put("felix.fileinstall.tmpdir", settings.cacheDir().resolve("fileinstall-tmp").toAbsolutePath().toString());
        config.put("felix.fileinstall.log.level", "1");
        return config;
    }

    private void installBootBundles(BundleContext context) throws BundleException, IOException {
        List<Bundle> installed = new ArrayList<>();
        for (BootBundle boot : bootBundles) {
            try (InputStream in = boot.content().open()) {
                installed.add(context.installBundle("servicehall-boot:" + boot.name(), in));
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
    }

    private void awaitPluginsInFolder(BundleContext context) {
        Set<String> expected = bundleNamesInFolder();
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> active = Stream.of(context.getBundles())
                    .filter(bundle -> bundle.getState() == Bundle.ACTIVE)
                    .map(Bundle::getSymbolicName)
                    .collect(Collectors.toSet());
            if (active.containsAll(expected)) {
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

    /** Symbolic names of the bundles in the plugin folder's jar files. */
    private Set<String> bundleNamesInFolder() {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(settings.pluginsDir())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                try (JarFile jar = new JarFile(file.toFile())) {
                    String name = jar.getManifest() == null ? null
                            : jar.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                    if (name != null) {
                        names.add(name.split(";")[0].strip());
                    }
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Plugin file {0} is not a readable jar", file.getFileName());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list the plugin folder {0}", settings.pluginsDir());
        }
        return names;
    }

    /** Stops trackers and the framework; waits for the framework to stop. */
    public synchronized void stop() {
        if (framework == null) {
            return;
        }
        try {
            if (categoryTracker != null) {
                categoryTracker.close();
            }
            if (rules != null) {
                rules.close();
                notifiers.close();
                channels.close();
            }
            framework.stop();
            FrameworkEvent event = framework.waitForStop(10_000);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warning("Plugin host did not stop within 10 s");
            }
        } catch (BundleException e) {
            LOG.log(Level.WARNING, "Plugin host stopped with an error", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            framework = null;
            categoryTracker = null;
            rules = null;
            notifiers = null;
            channels = null;
            calls.close();
            categories.clear();
        }
    }

    public synchronized boolean isRunning() {
        return framework != null && framework.getState() == Bundle.ACTIVE;
    }

    /** The bundles in the framework now, the system bundle excluded. */
    public synchronized List<Bundle> bundles() {
        if (framework == null) {
            return List.of();
        }
        return Stream.of(framework.getBundleContext().getBundles()).filter(b -> b.getBundleId() != 0).toList();
    }

    /** The escalation rules registered now. */
    List<Contributions.Contribution<EscalationRule>> rules() {
        Contributions<EscalationRule> tracker = rules;
        return tracker == null ? List.of() : tracker.current();
    }

    /** The notifiers registered now. */
    List<Contributions.Contribution<Notifier>> notifiers() {
        Contributions<Notifier> tracker = notifiers;
        return tracker == null ? List.of() : tracker.current();
    }

    /** The channel adapters registered now. */
    List<Contributions.Contribution<ChannelAdapter>> channels() {
        Contributions<ChannelAdapter> tracker = channels;
        return tracker == null ? List.of() : tracker.current();
    }

    /**
     * Stops a plugin's bundle until its file changes or the server restarts (transient: the file
     * stays in the folder, so File Install would not undo it). Runs on its own thread, because the
     * caller may be a thread of that very plugin's call.
     */
    public void stopBundle(String symbolicName) {
        Thread stopper = new Thread(() -> {
            for (Bundle bundle : bundles()) {
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

    public PluginCalls calls() {
        return calls;
    }

    public PluginHostSettings settings() {
        return settings;
    }
}
