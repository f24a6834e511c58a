package it.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.servicehall.infrastructure.pluginhost.PluginFolders;
import org.servicehall.infrastructure.pluginhost.PluginHostSettings;
import org.servicehall.infrastructure.pluginhost.PluginJarCheck;
import org.servicehall.infrastructure.pluginhost.PluginRejection;

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

        WebArchive archive = Archives.of("it-pluginhost", List.of("PluginHostService", "ComplaintCounts",
                        "FelixPluginAdministration", "FelixPluginReport", "NotifierDelivery", "PluginEscalationRules"),
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

    @Test
    void a_removed_plugin_stays_removed_and_a_stopped_one_stays_stopped_when_the_host_starts_again() throws Exception {
        PluginFolder.drop(path("basic"), folder);
        PluginFolder.drop(path("sample"), folder);
        host.start();
        assertTrue(waitUntil(() -> codes().contains("QUEUEING") && codes().contains("SERVICE_ATTITUDE"), Duration.ofSeconds(10)));

        assertTrue(host.removePlugin("org.servicehall.plugins.category.sample"));
        assertTrue(host.stopPlugin("org.servicehall.plugins.category.basic"));
        assertTrue(waitUntil(() -> codes().isEmpty(), Duration.ofSeconds(10)), "both withdrawn: " + codes());
        host.stop();

        // a new framework on the same folder, as at the next server start (its cache starts empty)
        CategoryRegistry again = new CategoryRegistry(() -> { });
        FelixPluginHost restarted = new FelixPluginHost(host.settings(), bootBundles(), again);
        try {
            restarted.start();
            assertTrue(again.all().isEmpty(), "neither came back: " + again.all());
            assertTrue(restarted.bundles().stream().noneMatch(b -> "org.servicehall.plugins.category.sample".equals(b.getSymbolicName())),
                    "the removed plugin is not even installed");
            assertNotEquals(Bundle.ACTIVE, restarted.bundles().stream()
                    .filter(b -> "org.servicehall.plugins.category.basic".equals(b.getSymbolicName())).findFirst().orElseThrow()
                    .getState(), "the stopped plugin is installed but not started");

            assertTrue(restarted.startPlugin("org.servicehall.plugins.category.basic"));
            assertTrue(waitUntil(() -> again.find("SERVICE_ATTITUDE").isPresent(), Duration.ofSeconds(10)));
        } finally {
            restarted.stop();
        }
    }

    @Test
    void with_signing_required_only_jars_signed_by_a_trusted_certificate_reach_the_hall() throws Exception {
        Path root = folder.getParent();
        Path trustStore = keyStore(root.resolve("plugin-signers.p12"));
        Path watched = Files.createDirectories(root.resolve("signed-plugins"));
        CategoryRegistry signedCategories = new CategoryRegistry(() -> { });
        FelixPluginHost signedHost = new FelixPluginHost(new PluginHostSettings(watched, root.resolve("signed-cache"),
                Duration.ofMillis(100), Duration.ofSeconds(2), 20_000_000, true, trustStore, "changeit"),
                bootBundles(), signedCategories);
        try {
            signedHost.start();
            PluginFolders folders = signedHost.folders();

            PluginFolder.drop(path("sample"), folders.incoming());
            assertTrue(waitUntil(() -> reasons(folders).contains("UNSIGNED"), Duration.ofSeconds(10)), "unsigned refused");

            Path signed = sign(path("sample"), trustStore, root.resolve("sample-signed.jar"));
            Path tampered = tamper(signed, root.resolve("sample-tampered.jar"));
            PluginFolder.drop(tampered, folders.incoming());
            assertTrue(waitUntil(() -> reasons(folders).contains("TAMPERED"), Duration.ofSeconds(10)), "tampered refused");
            assertTrue(signedCategories.all().isEmpty(), "nothing refused was installed");

            PluginFolder.drop(signed, folders.incoming());
            assertTrue(waitUntil(() -> signedCategories.find("QUEUEING").isPresent(), Duration.ofSeconds(10)),
                    "the signed sample is installed");
            assertTrue(Files.exists(watched.resolve("org.servicehall.plugins.category.sample.jar")));

            // a jar put into the watched folder directly never starts, and is moved aside
            PluginFolder.drop(path("basic"), watched);
            assertTrue(waitUntil(() -> reasons(folders).contains("NOT_ADMITTED"), Duration.ofSeconds(10)), "direct drop refused");
            assertTrue(waitUntil(() -> Files.notExists(watched.resolve("servicehall-categories-basic.jar")), Duration.ofSeconds(5)));
            assertTrue(signedCategories.find("SERVICE_ATTITUDE").isEmpty(), "its categories never appeared");
            assertTrue(signedHost.bundles().stream().noneMatch(b -> "org.servicehall.plugins.category.basic".equals(b.getSymbolicName())));
        } finally {
            signedHost.stop();
        }
    }

    private static List<String> reasons(PluginFolders folders) {
        return folders.rejections(20).stream().map(PluginRejection::reason).toList();
    }

    private static Path keyStore(Path file) throws Exception {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "plugins", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=ServiceHall IT, O=ServiceHall test", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        return file;
    }

    private static Path sign(Path jar, Path keyStoreFile, Path target) throws Exception {
        java.security.KeyStore store = PluginJarCheck.loadTrustStore(keyStoreFile, "changeit".toCharArray());
        java.security.PrivateKey key = (java.security.PrivateKey) store.getKey("plugins", "changeit".toCharArray());
        java.security.cert.CertPath chain = java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertPath(java.util.Arrays.asList(store.getCertificateChain("plugins")));
        jdk.security.jarsigner.JarSigner signer = new jdk.security.jarsigner.JarSigner.Builder(key, chain)
                .digestAlgorithm("SHA-256").signatureAlgorithm("SHA256withRSA").build();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(jar.toFile());
             java.io.OutputStream out = Files.newOutputStream(target)) {
            signer.sign(in, out);
        }
        return target;
    }

    /** A copy of a signed jar with one class changed after signing; the signature files stay. */
    private static Path tamper(Path signed, Path target) throws IOException {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(signed.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            boolean changed = false;
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    if (!changed && entry.getName().endsWith(".class")) {
                        bytes[bytes.length - 1] ^= 0x5A;
                        changed = true;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return target;
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
