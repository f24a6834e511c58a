package it.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Archives;
import it.support.PluginFolder;
import it.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.servicehall.domain.model.category.Category;
import org.servicehall.infrastructure.pluginhost.BootBundle;
import org.servicehall.infrastructure.pluginhost.CategoryRegistry;
import org.servicehall.infrastructure.pluginhost.FelixPluginHost;
import org.servicehall.infrastructure.pluginhost.PluginHostSettings;

/**
 * A plugin host of its own, inside Liberty, on a plugin folder of its own: real Felix, real SCR
 * and File Install, the real category bundles.
 */
@ExtendWith(ArquillianExtension.class)
class FelixPluginHostIT {

    private static final String PATHS = "it-plugin-paths.properties";

    /** Runs on the client: tells the in-container test where the bundles are. */
    @Deployment
    static WebArchive deployment() throws IOException {
        Properties paths = new Properties();
        paths.setProperty("basic", TestServer.pluginsDir().resolve("servicehall-categories-basic.jar").toString());
        paths.setProperty("sample", TestServer.testBundle(PluginFolder.SAMPLE_BUNDLE).toString());
        StringWriter text = new StringWriter();
        paths.store(text, "bundle locations for FelixPluginHostIT");

        WebArchive archive = Archives.of("it-pluginhost", List.of("PluginHostService"),
                        "org.servicehall.infrastructure.pluginhost", "org.servicehall.domain")
                .addClasses(PluginFolder.class, TestServer.class)
                .addAsResource(new StringAsset(text.toString()), PATHS)
                .addAsLibraries(Archives.libraries("org.apache.felix.framework", "servicehall-plugin-api"));
        try (Stream<Path> boot = Files.list(Path.of("target", "osgi-boot"))) {
            boot.sorted().forEach(jar -> archive.addAsResource(jar.toFile(), "osgi-boot/" + jar.getFileName()));
        }
        return archive;
    }

    private Path folder;
    private FelixPluginHost host;
    private CategoryRegistry categories;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void newHostOnAFolderOfItsOwn() throws IOException {
        Path root = Files.createTempDirectory("servicehall-it-pluginhost-" + ThreadLocalRandom.current().nextInt(1000));
        folder = Files.createDirectories(root.resolve("plugins"));
        categories = new CategoryRegistry(changes::incrementAndGet);
        host = new FelixPluginHost(new PluginHostSettings(folder, root.resolve("cache"), Duration.ofMillis(100),
                Duration.ofSeconds(2)), bootBundles(), categories);
    }

    @AfterEach
    void stopHost() {
        host.stop();
    }

    @Test
    void the_host_offers_what_its_folder_holds_and_follows_the_folder_while_running() throws Exception {
        PluginFolder.drop(path("basic"), folder);
        host.start();

        assertTrue(host.isRunning());
        assertEquals(List.of("SERVICE_ATTITUDE", "BUSINESS_HANDLING", "POLICY_CONSULTATION", "FACILITIES_ENVIRONMENT"),
                codes(), "categories after start");
        Category attitude = categories.find("SERVICE_ATTITUDE").orElseThrow();
        assertEquals("服务态度", attitude.labelZh());
        assertEquals("org.servicehall.plugins.category.basic", attitude.source());
        assertEquals("工作人员的言行举止", attitude.explanationZh());
        assertEquals("Rude or curt", attitude.quickPick("RUDE").orElseThrow().labelEn());
        Category business = categories.find("BUSINESS_HANDLING").orElseThrow();
        assertEquals(List.of("SERVICE", "VISITS"), business.fields().stream().map(f -> f.code()).toList(),
                "the extra fields of API 1.1 reach the domain");
        assertEquals("不动产登记", business.field("SERVICE").orElseThrow().display("REAL_ESTATE", java.util.Locale.CHINA));

        Path sample = PluginFolder.drop(path("sample"), folder);
        assertTrue(waitUntil(() -> codes().contains("QUEUEING"), Duration.ofSeconds(10)), "sample did not appear");

        Files.delete(sample);
        assertTrue(waitUntil(() -> !codes().contains("QUEUEING"), Duration.ofSeconds(10)), "sample did not go");
        assertEquals(4, codes().size());
        assertTrue(changes.get() >= 6, "every appearance and disappearance is announced: " + changes.get());
    }

    @Test
    void jars_that_are_not_bundles_do_not_keep_the_host_or_the_good_plugins_from_starting() throws Exception {
        Files.write(folder.resolve("corrupt.jar"), new byte[] {1, 2, 3, 4, 5});
        try (JarOutputStream plain = new JarOutputStream(Files.newOutputStream(folder.resolve("plain.jar")))) {
            plain.flush();
        }
        PluginFolder.drop(path("basic"), folder);

        host.start();

        assertTrue(host.isRunning());
        assertEquals(4, codes().size());
    }

    @Test
    void the_plugin_api_is_exported_with_its_version_and_the_category_bundle_is_wired_to_it() throws Exception {
        PluginFolder.drop(path("basic"), folder);
        host.start();

        Bundle basic = host.bundles().stream()
                .filter(b -> "org.servicehall.plugins.category.basic".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        assertEquals(Bundle.ACTIVE, basic.getState());
        String imports = basic.getHeaders().get("Import-Package");
        // built against API 1.1 (quick-picks and fields), so it needs at least that
        assertTrue(imports.contains("org.servicehall.plugin.api.category;version=\"[1.1,2)\""), imports);
        assertTrue(host.bundles().stream().anyMatch(b -> "org.apache.felix.scr".equals(b.getSymbolicName())
                && b.getState() == Bundle.ACTIVE), "Declarative Services runs");
    }

    @Test
    void a_stopped_host_offers_nothing() throws Exception {
        PluginFolder.drop(path("basic"), folder);
        host.start();
        assertFalse(categories.all().isEmpty());

        host.stop();

        assertFalse(host.isRunning());
        assertTrue(categories.all().isEmpty());
    }

    private List<String> codes() {
        return categories.all().stream().map(Category::code).toList();
    }

    private static Path path(String key) throws IOException {
        Properties paths = new Properties();
        try (InputStream in = FelixPluginHostIT.class.getClassLoader().getResourceAsStream(PATHS)) {
            paths.load(in);
        }
        return Path.of(paths.getProperty(key));
    }

    private static List<BootBundle> bootBundles() {
        ClassLoader loader = FelixPluginHostIT.class.getClassLoader();
        return Stream.of("10-org.osgi.util.function.jar", "11-org.osgi.util.promise.jar",
                        "12-org.osgi.service.component.jar", "20-org.apache.felix.scr.jar",
                        "30-org.apache.felix.fileinstall.jar")
                .map(name -> new BootBundle(name, () -> loader.getResourceAsStream("osgi-boot/" + name)))
                .toList();
    }

    private static boolean waitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
