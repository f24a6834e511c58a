package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.notify.Notifier;

/**
 * The embedded Felix framework: it starts with the boot bundles (Declarative Services, File Install
 * on the plugin folder) and the services the host offers plugins, and tracks what plugins
 * contribute until it stops. Which plugin runs is not its business: {@link FolderReconciler} and
 * {@link PluginLifecycle} decide that.
 */
final class PluginFramework {

    private static final Logger LOG = Logger.getLogger(PluginFramework.class.getName());

    private final PluginHostSettings settings;
    private final List<BootBundle> bootBundles;
    private final CategoryRegistry categories;
    private final PluginCalls calls;
    /** Services of the host's that plugins reference, registered as the framework starts. */
    private final Map<Class<?>, Object> offered = new LinkedHashMap<>();

    /** Read without the lock: the reconciler must see the bundles while the host waits for them. */
    private volatile Framework framework;
    private CategoryTracker categoryTracker;
    private volatile Contributions<EscalationRule> rules;
    private volatile Contributions<Notifier> notifiers;
    private volatile Contributions<ChannelAdapter> channels;

    PluginFramework(PluginHostSettings settings, List<BootBundle> bootBundles, CategoryRegistry categories,
                    PluginCalls calls) {
        this.settings = settings;
        this.bootBundles = List.copyOf(bootBundles);
        this.categories = categories;
        this.calls = calls;
    }

    synchronized <T> void offer(Class<T> type, T service) {
        offered.put(type, Objects.requireNonNull(service, "service"));
    }

    /**
     * Starts the framework with the boot bundles, the offered services and the trackers.
     *
     * @param follower told of every bundle event, from before the first plugin is installed
     */
    synchronized void start(SynchronousBundleListener follower) throws BundleException, IOException {
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
        context.addBundleListener(follower);
        // visible before the start: File Install installs the folder's bundles while the framework starts
        framework = felix;
        felix.start();
    }

    private Map<String, Object> frameworkProperties() {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, settings.cacheDir().toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ApiPackages.exportPackage(PluginFramework.class.getClassLoader()));
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
                installed.add(context.installBundle(BootBundle.LOCATION_PREFIX + boot.name(), in));
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
    }

    /** Closes the trackers, stops the framework and waits for it; the categories go with it. */
    synchronized void stop() {
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
        }
    }

    /** Whether {@link #start} ran and {@link #stop} has not. */
    boolean isStarted() {
        return framework != null;
    }

    boolean isActive() {
        Framework running = framework;
        return running != null && running.getState() == Bundle.ACTIVE;
    }

    /** The bundles in the framework now, the system bundle excluded. */
    List<Bundle> bundles() {
        Framework running = framework;
        BundleContext context = running == null ? null : running.getBundleContext();
        if (context == null) {
            return List.of();
        }
        return Stream.of(context.getBundles()).filter(b -> b.getBundleId() != 0).toList();
    }

    List<Contribution<EscalationRule>> rules() {
        Contributions<EscalationRule> tracker = rules;
        return tracker == null ? List.of() : tracker.current();
    }

    List<Contribution<Notifier>> notifiers() {
        Contributions<Notifier> tracker = notifiers;
        return tracker == null ? List.of() : tracker.current();
    }

    List<Contribution<ChannelAdapter>> channels() {
        Contributions<ChannelAdapter> tracker = channels;
        return tracker == null ? List.of() : tracker.current();
    }
}
