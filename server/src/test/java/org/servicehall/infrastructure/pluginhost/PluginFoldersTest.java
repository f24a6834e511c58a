package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the host reads from the watched folder itself: which jar a bundle came from, which bundles wait there. */
class PluginFoldersTest {

    @TempDir
    Path dir;

    private Path watched;
    private PluginFolders folders;

    @BeforeEach
    void aWatchedFolder() throws IOException {
        watched = Files.createDirectories(dir.resolve("plugins"));
        folders = new PluginFolders(watched);
        folders.create();
    }

    @Test
    void a_bundle_installed_from_a_jar_in_the_watched_folder_is_traced_to_that_jar() {
        Path jar = watched.resolve("org.example.good.jar");

        assertEquals(Optional.of(jar.toAbsolutePath().normalize()), folders.fileAt(jar.toUri().toString()));
    }

    @Test
    void boot_bundles_and_jars_elsewhere_have_no_file_in_the_watched_folder() {
        assertTrue(folders.fileAt("servicehall-boot:20-org.apache.felix.scr.jar").isEmpty());
        assertTrue(folders.fileAt(dir.resolve("elsewhere.jar").toUri().toString()).isEmpty());
        assertTrue(folders.fileAt(watched.resolve("sub").resolve("nested.jar").toUri().toString()).isEmpty());
        assertTrue(folders.fileAt(null).isEmpty());
    }

    @Test
    void the_bundle_names_in_the_folder_leave_out_jars_that_are_not_bundles_and_files_that_are_not_jars()
            throws IOException {
        jar(watched.resolve("good.jar"), "org.example.good;singleton:=true");
        jar(watched.resolve("other.jar"), "org.example.other");
        jar(watched.resolve("plain.jar"), null);
        Files.write(watched.resolve("corrupt.jar"), new byte[] {1, 2, 3});
        Files.writeString(watched.resolve("notes.txt"), "not a plugin");

        assertEquals(Set.of("org.example.good", "org.example.other"), folders.bundleNames());
    }

    private static void jar(Path file, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            out.flush();
        }
    }
}
