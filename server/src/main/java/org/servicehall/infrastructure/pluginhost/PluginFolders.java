package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.osgi.framework.Constants;

/**
 * The files around the watched plugin folder, next to it in {@code <plugins>-admin/}:
 * <ul>
 *   <li>{@code incoming/} — where IT drops jars (and where uploads land) to be checked;</li>
 *   <li>{@code work/} — private copies under check, never watched by anybody;</li>
 *   <li>{@code rejected/} — jars turned away, each with a {@code .reason} file;</li>
 *   <li>{@code removed/} — jars IT removed, so that they stay removed;</li>
 *   <li>{@code stopped.list} — plugins IT stopped, kept stopped across restarts;</li>
 *   <li>{@code table-applied.properties} — the plugin table's changes this server carried out;</li>
 *   <li>{@code admitted.properties} — file name → SHA-256 of every jar the host placed in the
 *       watched folder itself (with signing on, nothing else may start).</li>
 * </ul>
 * Every move into the watched folder is atomic, so File Install never sees half a jar.
 */
public final class PluginFolders {

    private static final Logger LOG = Logger.getLogger(PluginFolders.class.getName());

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path watched;
    private final Path root;

    public PluginFolders(Path watched) {
        this.watched = watched.toAbsolutePath().normalize();
        this.root = watched.resolveSibling(watched.getFileName() + "-admin");
    }

    public void create() throws IOException {
        for (String folder : List.of("incoming", "work", "rejected", "removed")) {
            Files.createDirectories(root.resolve(folder));
        }
    }

    public Path watched() {
        return watched;
    }

    /**
     * The jar in the watched folder a bundle was installed from, given the bundle's location;
     * empty for any other location (a boot bundle, a file elsewhere).
     */
    public Optional<Path> fileAt(String location) {
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            return watched.equals(file.getParent()) ? Optional.of(file) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Symbolic names of the bundles in the watched folder's jar files; jars that are not bundles are left out. */
    public Set<String> bundleNames() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(watched)) {
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
            LOG.log(Level.WARNING, "Cannot list the plugin folder {0}", watched);
        }
        return names;
    }

    public Path incoming() {
        return root.resolve("incoming");
    }

    /** A new private file for a jar under check. */
    public Path newPrivateCopy() {
        return root.resolve("work").resolve(UUID.randomUUID() + ".jar");
    }

    /** Jars waiting in {@code incoming/} that are complete (not {@code .part}). */
    public List<Path> waiting() {
        try (Stream<Path> files = Files.list(incoming())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Moves a checked private copy into the watched folder as {@code <symbolicName>.jar}, replacing an older one. */
    public synchronized Path admit(Path privateCopy, String symbolicName, String sha256) throws IOException {
        Path target = watched.resolve(symbolicName + ".jar");
        Properties admitted = admitted();
        admitted.setProperty(target.getFileName().toString(), sha256);
        store(admitted, root.resolve("admitted.properties"), "jars the host placed in the plugin folder");
        move(privateCopy, target);
        return target;
    }

    /** Whether the jar now in the watched folder is one the host placed there. */
    public synchronized boolean isAdmitted(Path jar) {
        try {
            String expected = admitted().getProperty(jar.getFileName().toString());
            return expected != null && Files.isRegularFile(jar) && expected.equals(PluginJarCheck.sha256(jar));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The jars the host placed in the watched folder and that are still there, by symbolic name
     * ({@code <symbolic name>.jar}), each with the SHA-256 it had when the host placed it.
     */
    public synchronized Map<String, String> placedByHost() {
        Map<String, String> placed = new TreeMap<>();
        Properties admitted = admitted();
        for (String fileName : admitted.stringPropertyNames()) {
            if (fileName.endsWith(".jar") && Files.isRegularFile(watched.resolve(fileName))) {
                placed.put(fileName.substring(0, fileName.length() - ".jar".length()), admitted.getProperty(fileName));
            }
        }
        return placed;
    }

    /**
     * The plugin table's changes this server has carried out, by symbolic name (see
     * {@link PluginTableFollower}); kept in {@code table-applied.properties}, so that a restart does
     * not carry them out again over what was done in the folder since.
     */
    public synchronized Map<String, String> tableApplied() {
        Path file = root.resolve("table-applied.properties");
        Map<String, String> applied = new TreeMap<>();
        if (Files.exists(file)) {
            Properties stored = load(file);
            stored.stringPropertyNames().forEach(name -> applied.put(name, stored.getProperty(name)));
        }
        return applied;
    }

    public synchronized void recordTableApplied(Map<String, String> applied) throws IOException {
        Properties stored = new Properties();
        stored.putAll(applied);
        store(stored, root.resolve("table-applied.properties"), "plugin table changes carried out on this server");
    }

    /** Moves a jar to {@code rejected/} with a reason file; returns the record. */
    public synchronized PluginRejection reject(Path jar, String originalName, JarRejectionReason reason, String detail,
                                         Instant at, String by) throws IOException {
        String safeOriginal = originalName.replaceAll("[^A-Za-z0-9._-]", "_");
        String fileName = STAMP.format(at) + "-" + safeOriginal;
        Path target = root.resolve("rejected").resolve(fileName);
        Properties why = new Properties();
        why.setProperty("original", originalName);
        why.setProperty("reason", reason.name());
        why.setProperty("detail", detail == null ? "" : detail);
        why.setProperty("at", at.toString());
        why.setProperty("by", by);
        store(why, root.resolve("rejected").resolve(fileName + ".reason"), "why this jar was not installed");
        if (Files.exists(jar)) {
            move(jar, target);
        }
        return new PluginRejection(fileName, originalName, reason.name(), why.getProperty("detail"), at, by);
    }

    /** The rejected jars, newest first. */
    public List<PluginRejection> rejections(int max) {
        List<PluginRejection> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("rejected"))) {
            for (Path reasonFile : files.filter(f -> f.getFileName().toString().endsWith(".reason"))
                    .sorted(Comparator.reverseOrder()).limit(max).toList()) {
                Properties why = load(reasonFile);
                String name = reasonFile.getFileName().toString();
                result.add(new PluginRejection(name.substring(0, name.length() - ".reason".length()),
                        why.getProperty("original", "?"), why.getProperty("reason", "?"), why.getProperty("detail", ""),
                        Instant.parse(why.getProperty("at", Instant.EPOCH.toString())), why.getProperty("by", "?")));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable reason file does not hide the others
        }
        return result;
    }

    /** Moves the plugin's jar out of the watched folder into {@code removed/}; empty if it had none. */
    public synchronized Optional<Path> remove(Path jar, Instant at) throws IOException {
        if (jar == null || !Files.exists(jar) || !jar.getParent().equals(watched)) {
            return Optional.empty();
        }
        Path target = root.resolve("removed").resolve(STAMP.format(at) + "-" + jar.getFileName());
        move(jar, target);
        Properties admitted = admitted();
        if (admitted.remove(jar.getFileName().toString()) != null) {
            store(admitted, root.resolve("admitted.properties"), "jars the host placed in the plugin folder");
        }
        return Optional.of(target);
    }

    /** Plugins IT stopped, by symbolic name. */
    public synchronized Set<String> stopped() {
        Path file = root.resolve("stopped.list");
        try {
            return Files.exists(file) ? new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList()) : new TreeSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void markStopped(String symbolicName, boolean stopped) throws IOException {
        Set<String> names = stopped();
        boolean changed = stopped ? names.add(symbolicName) : names.remove(symbolicName);
        if (changed) {
            Path file = root.resolve("stopped.list");
            Path partial = file.resolveSibling("stopped.list.part");
            Files.write(partial, names, StandardCharsets.UTF_8);
            move(partial, file);
        }
    }

    private Properties admitted() {
        Path file = root.resolve("admitted.properties");
        return Files.exists(file) ? load(file) : new Properties();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void store(Properties properties, Path file, String comment) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(out, comment);
        }
        move(partial, file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
