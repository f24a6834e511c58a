package it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Drops bundles into the running server's plugin folder and takes them out again, as IT staff
 * would: the copy is written under another name and moved into place, so the watcher never sees a
 * half-written jar.
 */
public final class PluginFolder {

    public static final String SAMPLE_BUNDLE = "servicehall-categories-sample.jar";
    public static final String SAMPLE_CATEGORY = "QUEUEING";

    private PluginFolder() {
    }

    public static Path drop(Path bundle, Path folder) throws IOException {
        Path target = folder.resolve(bundle.getFileName());
        Path partial = folder.resolve(bundle.getFileName() + ".part");
        Files.copy(bundle, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    public static Path dropSample() throws IOException {
        return drop(TestServer.testBundle(SAMPLE_BUNDLE), TestServer.pluginsDir());
    }

    /** Takes the sample out, under the name a drop gives it and the one an upload gives it. */
    public static void removeSample() throws IOException {
        Files.deleteIfExists(TestServer.pluginsDir().resolve(SAMPLE_BUNDLE));
        Files.deleteIfExists(TestServer.pluginsDir().resolve("org.servicehall.plugins.category.sample.jar"));
    }
}
