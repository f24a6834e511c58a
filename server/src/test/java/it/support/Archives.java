package it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test archives for in-container tests: chosen packages of the server's own classes (unit tests
 * left out), CDI in annotated mode, and chosen libraries of the built WAR.
 */
public final class Archives {

    private static final Path WEB_INF_LIB = Path.of("target", "servicehall", "WEB-INF", "lib");

    private static final String BEANS_XML = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    private Archives() {
    }

    /**
     * @param name       the archive's name, unique among the tests (they share one server)
     * @param leaveOut   classes of those packages not to include (simple names)
     * @param packages   packages to include, with their sub-packages
     */
    public static WebArchive of(String name, List<String> leaveOut, String... packages) {
        Filter<ArchivePath> noUnitTests = path -> {
            String file = path.get();
            String simple = file.substring(file.lastIndexOf('/') + 1).replaceAll("\\$.*", "").replace(".class", "");
            return !simple.endsWith("Test") && !leaveOut.contains(simple);
        };
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, noUnitTests, packages)
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
    }

    /** Libraries of the built WAR whose file names start with one of the prefixes. */
    public static File[] libraries(String... prefixes) {
        Predicate<Path> wanted = file -> Stream.of(prefixes).anyMatch(p -> file.getFileName().toString().startsWith(p));
        try (Stream<Path> files = Files.list(WEB_INF_LIB)) {
            File[] found = files.filter(wanted).map(Path::toFile).toArray(File[]::new);
            if (found.length != prefixes.length) {
                throw new IllegalStateException("expected " + prefixes.length + " libraries in " + WEB_INF_LIB
                        + " but found " + List.of(found) + ": run `mvn package` first");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
