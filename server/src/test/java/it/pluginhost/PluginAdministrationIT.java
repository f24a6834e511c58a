package it.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IT's plugin actions over the API on the running server: bad jars are turned away with their
 * reason and kept aside, a bundle that cannot resolve is installed but reported with why, stop and
 * remove are recorded in the audit trail — and a complaint filed at the same moment always succeeds.
 */
class PluginAdministrationIT {

    private static final String MISSING_IMPORT = "org.servicehall.it.missingimport";
    private static final ExecutorService CITIZENS = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        Staff.ADMIN.delete("/api/v1/plugins/" + MISSING_IMPORT);
        CITIZENS.shutdown();
        CITIZENS.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void a_corrupt_jar_is_rejected_with_its_reason_while_a_citizen_files() throws Exception {
        byte[] whole = bundle("org.servicehall.it.corrupt", null);
        byte[] corrupt = java.util.Arrays.copyOf(whole, whole.length * 2 / 5);
        assertRejected(unique("corrupt"), corrupt, "NOT_A_JAR");
    }

    @Test
    void a_jar_that_is_not_a_bundle_is_rejected_with_its_reason_while_a_citizen_files() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Main-Class", "org.example.Main");
        assertRejected(unique("library"), jar(manifest), "NOT_A_BUNDLE");
    }

    @Test
    void a_bundle_with_a_missing_import_is_installed_but_reported_with_why_it_cannot_start() throws Exception {
        CompletableFuture<String> citizen = fileMeanwhile("缺少依赖的插件上传时提交的投诉");
        Api.Reply upload = upload(MISSING_IMPORT + ".jar", bundle(MISSING_IMPORT, "org.example.nowhere;version=\"[1,2)\""));
        assertEquals(200, upload.status(), upload.body());
        assertTrue(citizen.get(30, TimeUnit.SECONDS).startsWith("TS-"));

        JsonObject plugin = awaitPlugin(MISSING_IMPORT, p -> p.containsKey("problem"));
        assertEquals("INSTALLED", plugin.getString("state"));
        assertTrue(plugin.getString("problem").contains("org.example.nowhere"), plugin.toString());

        // the browser's admin screen shows the same words
        Api.Reply removed = Staff.ADMIN.delete("/api/v1/plugins/" + MISSING_IMPORT);
        assertEquals(200, removed.status(), removed.body());
        assertTrue(Files.notExists(TestServer.pluginsDir().resolve(MISSING_IMPORT + ".jar")));
        assertTrue(removedFolderHolds(MISSING_IMPORT), "the removed jar is kept aside");
        assertTrue(audit().stream().anyMatch(a -> a.getString("action").equals("REMOVE")
                && a.getString("plugin").equals(MISSING_IMPORT) && a.getString("actor").equals("it.admin")));
    }

    @Test
    void stop_and_start_of_an_unknown_plugin_say_so() {
        Api.Reply reply = Staff.ADMIN.postBytes("/api/v1/plugins/org.example.nothing/stop", new byte[0], "application/json");
        assertEquals(404, reply.status(), reply.body());
        assertEquals("NOT_FOUND", reply.json().getString("outcome"));
        assertTrue(reply.json().getString("message").contains("org.example.nothing"));
    }

    @Test
    void only_it_staff_may_act_on_plugins() {
        Api.Reply reply = Staff.SUPERVISOR.postBytes("/api/v1/plugins/org.servicehall.plugins.category.basic/stop",
                new byte[0], "application/json");
        assertEquals(403, reply.status());
        assertEquals(401, Api.postBytes("/api/v1/plugins?fileName=x.jar", new byte[] {1, 2, 3}, "application/java-archive").status());
        assertTrue(pluginState("org.servicehall.plugins.category.basic").equals("ACTIVE"));
    }

    // ----- helpers --------------------------------------------------------------------------

    private static void assertRejected(String fileName, byte[] content, String reason) throws Exception {
        CompletableFuture<String> citizen = fileMeanwhile("上传 " + fileName + " 时提交的投诉");
        Api.Reply reply = upload(fileName, content);
        assertEquals(422, reply.status(), reply.body());
        assertEquals(reason, reply.json().getString("reason"));
        assertFalse(reply.json().getString("message").isBlank());
        assertTrue(citizen.get(30, TimeUnit.SECONDS).startsWith("TS-"), "the complaint filed meanwhile succeeded");

        List<JsonObject> rejections = Staff.ADMIN.get("/api/v1/plugins/rejections").jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(rejections.stream().anyMatch(r -> r.getString("originalName").equals(fileName)
                && r.getString("reason").equals(reason) && r.getString("by").equals("it.admin")), rejections.toString());
        // this upload's own entry: the file's name and the reason, not any earlier refusal
        assertTrue(audit().stream().anyMatch(a -> a.getString("action").equals("UPLOAD")
                && a.getString("outcome").equals("REJECTED") && a.getString("plugin").equals(fileName)
                && a.getString("actor").equals("it.admin") && a.getString("detail", "").startsWith(reason)), audit().toString());
        try (Stream<Path> files = Files.list(TestServer.pluginsDir())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(fileName)), "nothing reached the plugin folder");
        }
    }

    /** A file name no earlier upload (of this run or an earlier one on the same folder) has had. */
    private static String unique(String name) {
        return name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".jar";
    }

    private static CompletableFuture<String> fileMeanwhile(String description) {
        return CompletableFuture.supplyAsync(() -> Api.fileAnonymously("SERVICE_ATTITUDE", description), CITIZENS);
    }

    private static Api.Reply upload(String fileName, byte[] content) {
        return Staff.ADMIN.postBytes("/api/v1/plugins?fileName=" + fileName, content, "application/java-archive");
    }

    private static List<JsonObject> audit() {
        return Staff.ADMIN.get("/api/v1/plugins/audit").jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static String pluginState(String name) {
        return Staff.ADMIN.get("/api/v1/plugins").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("symbolicName").equals(name)).map(p -> p.getString("state")).findFirst().orElse("-");
    }

    private static JsonObject awaitPlugin(String name, java.util.function.Predicate<JsonObject> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = Staff.ADMIN.get("/api/v1/plugins").jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("symbolicName").equals(name)).findFirst().orElse(null);
            if (last != null && condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plugin " + name + " not as expected: " + last);
    }

    private static boolean removedFolderHolds(String name) throws IOException {
        Path removed = TestServer.pluginsDir().resolveSibling(TestServer.pluginsDir().getFileName() + "-admin").resolve("removed");
        try (Stream<Path> files = Files.list(removed)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(name + ".jar"));
        }
    }

    /** A bundle with one text entry; with an import of a package nobody exports when {@code imports} is given. */
    private static byte[] bundle(String symbolicName, String imports) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Name", "ServiceHall test bundle");
        if (imports != null) {
            main.putValue("Import-Package", imports);
        }
        return jar(manifest);
    }

    private static byte[] jar(Manifest manifest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("README.txt"));
            out.write("a ServiceHall test bundle".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

}
