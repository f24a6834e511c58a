package org.servicehall.infrastructure.pluginhost;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.MessageTemplates;
import org.servicehall.application.Outbox;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.category.CategoryCatalogChanged;
import org.servicehall.infrastructure.cluster.NodeIdentity;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * The application's plugin host: configured from MicroProfile Config, started in the background
 * after the application is up, stopped with it. It is the domain's {@link CategoryCatalog}.
 */
@ApplicationScoped
public class PluginHostService implements CategoryCatalog {

    private static final Logger LOG = Logger.getLogger(PluginHostService.class.getName());
    private static final String BOOT_FOLDER = "/WEB-INF/osgi-boot/";

    @Inject
    @ConfigProperty(name = "servicehall.plugins.dir")
    String pluginsDir;

    @Inject
    @ConfigProperty(name = "servicehall.plugins.cache.dir")
    String cacheDir;

    @Inject
    @ConfigProperty(name = "servicehall.plugins.poll.millis", defaultValue = "250")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "servicehall.plugins.call.timeout.millis", defaultValue = "2000")
    long callTimeoutMillis;

    @Inject
    @ConfigProperty(name = "servicehall.plugins.circuit.failures", defaultValue = "5")
    int circuitFailures;

    @Inject
    @ConfigProperty(name = "servicehall.plugins.max.jar.bytes", defaultValue = "20971520")
    long maxJarBytes;

    /**
     * Only jars signed by a certificate of the trust store are installed (checked before they reach
     * the folder). On unless the configuration says otherwise: only the demo run and the test
     * server switch it off.
     */
    @Inject
    @ConfigProperty(name = "servicehall.plugins.signing.required", defaultValue = "true")
    boolean signingRequired;

    /** A PKCS12 file with the certificates trusted to sign plugins. */
    @Inject
    @ConfigProperty(name = "servicehall.plugins.truststore")
    Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = "servicehall.plugins.truststore.password")
    Optional<String> trustStorePassword;

    /**
     * How often this server reads the plugin table (the plugins IT uploaded, stopped, started or
     * removed through any server of the database) and reports its plugin states.
     */
    @Inject
    @ConfigProperty(name = "servicehall.plugins.table.poll.millis", defaultValue = "2000")
    long tablePollMillis;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/servicehall")
    DataSource dataSource;

    @Inject
    NodeIdentity node;

    @Inject
    Outbox outbox;

    @Inject
    Event<CategoryCatalogChanged> catalogChanged;

    @Inject
    Clock clock;

    @Inject
    MessageTemplates templates;

    @Inject
    HostNotifierContext notifierContext;

    private final CategoryRegistry categories = new CategoryRegistry(this::announceChange);
    private volatile FelixPluginHost host;
    private volatile PluginTable table;
    private volatile ScheduledFuture<?> following;

    /** Starts the host on a managed thread; returns at once. */
    public void startInBackground(ServletContext servletContext) {
        List<BootBundle> boot = bootBundles(servletContext);
        PluginHostSettings settings = new PluginHostSettings(Path.of(pluginsDir), Path.of(cacheDir),
                Duration.ofMillis(pollMillis), Duration.ofMillis(callTimeoutMillis), maxJarBytes, signingRequired,
                trustStore.filter(s -> !s.isBlank()).map(Path::of).orElse(null), trustStorePassword.orElse(""));
        PluginCalls calls = new PluginCalls(settings.callTimeout(), circuitFailures, clock);
        FelixPluginHost created = new FelixPluginHost(settings, boot, categories, calls);
        created.offer(NotifierContext.class, notifierContext);
        calls.onCircuitOpen((pluginId, health) -> {
            created.stopBundle(pluginId);
            alertIt(pluginId, health);
        });
        host = created;
        PluginTable shared = new PluginTable(dataSource);
        table = shared;
        PluginTableFollower follower = new PluginTableFollower(created, shared, node.id(), clock);
        executor.execute(() -> {
            warmDefaultTls();
            try {
                follower.prepare();
                created.start();
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "Plugin host did not start; filing continues without plugin categories", e);
                return;
            }
            try {
                following = scheduler.scheduleWithFixedDelay(follower::runOnce, 0, tablePollMillis, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "plugin table not followed (server stopping)", e);
            }
        });
    }

    /**
     * Plugins make their HTTP clients when first called (their components are created on first
     * use), and a client takes the JVM's default TLS context as it is made. With Liberty's
     * transportSecurity that context is built on first request, which on a busy server took longer
     * than a plugin call may: build it here, before any plugin is called.
     */
    private static void warmDefaultTls() {
        try {
            SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            LOG.log(Level.WARNING, "No default TLS context; plugins that call out over HTTPS will fail: {0}", e.toString());
        }
    }

    public void stop() {
        ScheduledFuture<?> polling = following;
        following = null;
        if (polling != null) {
            polling.cancel(false);
        }
        FelixPluginHost running = host;
        host = null;
        if (running != null) {
            running.stop();
        }
    }

    /** True once the framework runs and the plugins in the folder at start-up had their chance to start. */
    public boolean isRunning() {
        FelixPluginHost running = host;
        return running != null && running.isRunning();
    }

    public Optional<FelixPluginHost> host() {
        return Optional.ofNullable(host);
    }

    /** The plugins every server of the database should hold, and what each reports; once the host was created. */
    public Optional<PluginTable> table() {
        return Optional.ofNullable(table);
    }

    /** After how long without a report a server counts as gone. */
    public Duration goneAfter() {
        return Duration.ofMillis(tablePollMillis).multipliedBy(PluginTableFollower.RUNS_UNTIL_GONE);
    }

    @Override
    public List<Category> all() {
        return categories.all();
    }

    @Override
    public Optional<Category> find(String code) {
        return categories.find(code);
    }

    private void announceChange() {
        try {
            executor.execute(() -> catalogChanged.fire(new CategoryCatalogChanged(clock.instant())));
        } catch (RuntimeException e) {
            // During shutdown the executor refuses work; nobody is left to tell.
            LOG.log(Level.FINE, "category change not announced", e);
        }
    }

    /** Tells IT (everyone in the ADMIN role) through the outbox that a plugin was stopped. */
    private void alertIt(String pluginId, PluginHealthSnapshot health) {
        String error = health.lastError() == null ? "-" : health.lastError();
        Map<String, String> params = Map.of("plugin", pluginId,
                "failures", Integer.toString(health.consecutiveFailures()), "error", error);
        try {
            executor.execute(() -> outbox.post(templates.compose(MessageKinds.PLUGIN_STOPPED, Outbox.RecipientKind.ROLE,
                    "ADMIN", null, params, false, null)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "IT not alerted of plugin {0}: {1}", new Object[] {pluginId, e.toString()});
        }
    }

    private static List<BootBundle> bootBundles(ServletContext servletContext) {
        Set<String> paths = servletContext.getResourcePaths(BOOT_FOLDER);
        if (paths == null || paths.isEmpty()) {
            throw new IllegalStateException("no OSGi boot bundles in " + BOOT_FOLDER);
        }
        return new TreeSet<>(paths).stream()
                .filter(path -> path.endsWith(".jar"))
                .map(path -> new BootBundle(path.substring(BOOT_FOLDER.length()),
                        () -> servletContext.getResourceAsStream(path)))
                .toList();
    }
}
