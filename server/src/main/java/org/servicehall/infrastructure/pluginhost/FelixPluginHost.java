package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.osgi.framework.SynchronousBundleListener;
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
    /** How soon a start refused by Felix's global resolve lock (held by another resolve) is tried again. */
    private static final long LOCK_RETRY_MILLIS = 250;

    private final PluginHostSettings settings;
    private final List<BootBundle> bootBundles;
    private final CategoryRegistry categories;
    private final PluginCalls calls;

    private final PluginFolders folders;
    /** Why a plugin could not start (e.g. a missing import), by symbolic name; cleared when it starts. */
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    /** Plugins the circuit breaker stopped: not started again until their file changes or IT starts them. */
    private final Set<String> heldByBreaker = ConcurrentHashMap.newKeySet();

    /** Read without the lock: the folder reconciler must see the bundles while start() waits for them. */
    private volatile Framework framework;
    private PluginJarCheck check;
    private ScheduledExecutorService admin;
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
        this.folders = new PluginFolders(settings.pluginsDir());
    }

    /**
     * Starts the framework, the boot bundles and the trackers, then waits (up to a limit) until the
     * plugins already in the folder are installed and started.
     */
    /** Services of the host's that plugins reference, registered as the framework starts. */
    private final Map<Class<?>, Object> offered = new LinkedHashMap<>();

    /** Offers plugins a service of the host's (e.g. the notifiers' context); before {@link #start()}. */
    public synchronized <T> void offer(Class<T> type, T service) {
        offered.put(type, Objects.requireNonNull(service, "service"));
    }

    public synchronized void start() throws BundleException, IOException {
        if (framework != null) {
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(settings.pluginsDir());
        Files.createDirectories(settings.cacheDir());
        folders.create();
        check = new PluginJarCheck(settings.maxJarBytes(), settings.signingRequired(), trustStore(), calls.clock());
        if (!check.canAdmit()) {
            LOG.warning("Plugin signing is required (servicehall.plugins.signing.required=true) but no trusted "
                    + "certificate is configured: every plugin upload and jar in the incoming folder will be refused. "
                    + "Set servicehall.plugins.truststore (a PKCS12 file with the certificates that sign the hall's "
                    + "plugins) and servicehall.plugins.truststore.password, or switch signing off for a trial");
        }
        admin = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "servicehall-plugin-admin");
            thread.setDaemon(true);
            return thread;
        });

        Felix felix = new Felix(frameworkProperties());
        felix.init();
        BundleContext context = felix.getBundleContext();
        offered.forEach((type, service) -> context.registerService(type.getName(), service, null));
        installBootBundles(context);
        categoryTracker = new CategoryTracker(context, categories, calls);
        categoryTracker.open();
        rules = new Contributions<>(context, EscalationRule.class, EscalationRule.ID_PATTERN, EscalationRule::id, calls);
        rules.open();
        notifiers = new Contributions<>(context, Notifier.class, EscalationRule.ID_PATTERN, Notifier::id, calls);
        notifiers.open();
        channels = new Contributions<>(context, ChannelAdapter.class, ChannelAdapter.ID_PATTERN, ChannelAdapter::id, calls);
        channels.open();
        // A new or updated bundle gets a fresh chance: its circuit closes. File Install only
        // installs and updates; the host decides what starts (IT's stops, the breaker, signing).
        // Synchronous, so that the circuit is closed before the bundle's services register and
        // are first called (an asynchronous listener heard of the start only afterwards, and the
        // services of a plugin dropped in again after the breaker stopped it were turned away).
        context.addBundleListener((SynchronousBundleListener) event -> {
            String name = event.getBundle().getSymbolicName();
            if (name != null && (event.getType() == BundleEvent.STARTING || event.getType() == BundleEvent.UPDATED)) {
                calls.reset(name);
            }
            // The breaker holds that bundle; a new version, or the plugin removed (and so any later
            // install of it), starts afresh.
            if ((event.getType() == BundleEvent.UPDATED || event.getType() == BundleEvent.UNINSTALLED) && name != null) {
                heldByBreaker.remove(name);
            }
            if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED
                    || event.getType() == BundleEvent.UNINSTALLED) {
                scheduleReconcile();
            }
        });
        // visible before the start: File Install installs the folder's bundles while the framework starts
        framework = felix;
        felix.start();
        scheduleReconcile();
        admin.scheduleWithFixedDelay(this::takeIncoming, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
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
        config.put("felix.fileinstall.bundles.new.start", "false");
        // A new plugin never satisfies another plugin's optional import (plugins import the API and
        // the JRE, and carry the rest): File Install must not refresh, that is stop and restart,
        // the plugins with optional imports (the channels) whenever IT installs one. The refresh
        // also held the framework's lock, so the new plugin itself started only seconds later.
        config.put("felix.fileinstall.optionalImportRefreshScope", "none");
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

    private KeyStore trustStore() throws IOException {
        if (settings.trustStore() == null) {
            return null;
        }
        try {
            return PluginJarCheck.loadTrustStore(settings.trustStore(), settings.trustStorePassword().toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IOException("plugin trust store " + settings.trustStore() + " unreadable: " + e.getMessage(), e);
        }
    }

    private void awaitPluginsInFolder(BundleContext context) {
        Set<String> expected = bundleNamesInFolder();
        expected.removeAll(folders.stopped());
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> active = Stream.of(context.getBundles())
                    .filter(bundle -> bundle.getState() == Bundle.ACTIVE)
                    .map(Bundle::getSymbolicName)
                    .collect(Collectors.toSet());
            if (active.containsAll(expected)) {
                settleReconciler();
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
     * Waits for the reconciler's queued work: a bundle is ACTIVE a moment before the start call
     * that made it so returns, with its services registered.
     */
    private void settleReconciler() {
        try {
            admin.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "plugin reconciler busy", e);
        }
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
            admin.shutdownNow();
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
    public List<Bundle> bundles() {
        Framework running = framework;
        BundleContext context = running == null ? null : running.getBundleContext();
        if (context == null) {
            return List.of();
        }
        return Stream.of(context.getBundles()).filter(b -> b.getBundleId() != 0).toList();
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
        heldByBreaker.add(symbolicName);
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

    // ----- what the host starts, admits and removes -------------------------------------------

    private void scheduleReconcile() {
        scheduleReconcile(0);
    }

    private void scheduleReconcile(long delayMillis) {
        ScheduledExecutorService executor = admin;
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
        for (Bundle bundle : bundles()) {
            String name = bundle.getSymbolicName();
            if (bundle.getLocation().startsWith("servicehall-boot:") || bundle.getState() == Bundle.UNINSTALLED
                    || bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            Optional<Path> file = fileOf(bundle);
            if (check.signingRequired() && file.isPresent() && !folders.isAdmitted(file.get())) {
                refuseUnadmitted(bundle, file.get());
                continue;
            }
            if (name == null || stopped.contains(name) || heldByBreaker.contains(name)
                    || bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING) {
                continue;
            }
            try {
                bundle.start();
                problems.remove(name);
            } catch (BundleException | IllegalStateException | SecurityException e) {
                if (String.valueOf(e.getMessage()).contains("global lock")) {
                    // another resolve (File Install's refresh) held the framework: not the plugin's fault
                    scheduleReconcile(LOCK_RETRY_MILLIS);
                    continue;
                }
                String before = problems.put(name, e.getMessage());
                if (!String.valueOf(e.getMessage()).equals(before)) {
                    LOG.log(Level.WARNING, "Plugin {0} cannot start: {1}", new Object[] {name, e.getMessage()});
                }
            }
        }
        problems.keySet().removeIf(name -> bundles().stream().noneMatch(b -> name.equals(b.getSymbolicName())));
    }

    private void refuseUnadmitted(Bundle bundle, Path file) {
        try {
            folders.reject(file, file.getFileName().toString(), PluginJarCheck.Reason.NOT_ADMITTED,
                    "placed in " + settings.pluginsDir() + " directly; signed plugins go through the incoming folder",
                    Instant.now(), "host");
            bundle.uninstall();
            LOG.log(Level.WARNING, "Plugin file {0} was not admitted by the host; rejected", file.getFileName());
        } catch (IOException | BundleException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not refuse plugin file {0}: {1}", new Object[] {file.getFileName(), e.toString()});
        }
    }

    /** The file File Install installed the bundle from, if it is one in the watched folder. */
    private Optional<Path> fileOf(Bundle bundle) {
        String location = bundle.getLocation();
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            Path watched = settings.pluginsDir().toAbsolutePath().normalize();
            return watched.equals(file.getParent()) ? Optional.of(file) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Takes the jars IT dropped into the incoming folder, each through {@link #admit}. */
    private void takeIncoming() {
        for (Path waiting : folders.waiting()) {
            Path copy = folders.newPrivateCopy();
            try {
                Files.copy(waiting, copy);
                Files.delete(waiting);
                admit(copy, waiting.getFileName().toString(), "incoming");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not take {0} from the incoming folder: {1}",
                        new Object[] {waiting.getFileName(), e.toString()});
            }
        }
    }

    /**
     * Checks a private copy of a jar and either moves it into the watched folder (install or update
     * by symbolic name) or keeps it in the rejected folder with the reason.
     *
     * @param privateCopy  a file only the host writes, e.g. from {@link PluginFolders#newPrivateCopy()}
     * @param originalName the name the jar came with, for the report
     * @param actor        who brought it: a user name, or {@code incoming}
     */
    public PluginJarCheck.Verdict admit(Path privateCopy, String originalName, String actor) throws IOException {
        PluginJarCheck.Verdict verdict = check.check(privateCopy);
        if (verdict.isAccepted()) {
            folders.markStopped(verdict.symbolicName(), false);
            folders.admit(privateCopy, verdict.symbolicName(), verdict.sha256());
            LOG.log(Level.INFO, "Plugin {0} {1} admitted (by {2})",
                    new Object[] {verdict.symbolicName(), verdict.version(), actor});
        } else {
            folders.reject(privateCopy, originalName, verdict.reason(), verdict.detail(), Instant.now(), actor);
            LOG.log(Level.WARNING, "Plugin jar {0} rejected: {1} ({2})",
                    new Object[] {originalName, verdict.reason(), verdict.detail()});
        }
        return verdict;
    }

    /** Stops a plugin and keeps it stopped across restarts until IT starts it. */
    public synchronized boolean stopPlugin(String symbolicName) throws IOException, BundleException {
        Optional<Bundle> bundle = bundle(symbolicName);
        if (bundle.isEmpty()) {
            return false;
        }
        folders.markStopped(symbolicName, true);
        bundle.get().stop(Bundle.STOP_TRANSIENT);
        return true;
    }

    /** Starts a plugin IT stopped, or one the breaker stopped (its counts start afresh). */
    public synchronized boolean startPlugin(String symbolicName) throws IOException, BundleException {
        Optional<Bundle> bundle = bundle(symbolicName);
        if (bundle.isEmpty()) {
            return false;
        }
        folders.markStopped(symbolicName, false);
        heldByBreaker.remove(symbolicName);
        calls.reset(symbolicName);
        try {
            bundle.get().start(Bundle.START_TRANSIENT);
            problems.remove(symbolicName);
        } catch (BundleException e) {
            problems.put(symbolicName, e.getMessage());
            throw e;
        }
        return true;
    }

    /**
     * Removes a plugin: its jar moves out of the watched folder into the removed folder (so it stays
     * removed after a restart) and the bundle is uninstalled now.
     */
    public synchronized boolean removePlugin(String symbolicName) throws IOException, BundleException {
        Optional<Bundle> bundle = bundle(symbolicName);
        if (bundle.isEmpty()) {
            return false;
        }
        Optional<Path> file = fileOf(bundle.get());
        if (file.isPresent()) {
            folders.remove(file.get(), Instant.now());
        }
        folders.markStopped(symbolicName, false);
        if (bundle.get().getState() != Bundle.UNINSTALLED) {
            bundle.get().uninstall();
        }
        return true;
    }

    private Optional<Bundle> bundle(String symbolicName) {
        return bundles().stream().filter(b -> symbolicName.equals(b.getSymbolicName()))
                .filter(b -> !b.getLocation().startsWith("servicehall-boot:")).findFirst();
    }

    /** Why plugins could not start, by symbolic name. */
    public Map<String, String> problems() {
        return Map.copyOf(problems);
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
