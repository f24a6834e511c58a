package org.servicehall.plugin.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Semantic versioning of the API packages, checked in every build with bnd's baseline: the
 * packages as built now (target/classes, with the manifest bnd-maven-plugin wrote there in
 * process-classes) against the released API kept in {@code baseline/}. A change that breaks
 * plugins built against the release without a major bump of its package, or any change without
 * the minor/micro bump it needs, fails the build with bnd's message and suggested version.
 *
 * <p>bnd-baseline-maven-plugin would be the usual way; the repositories this project builds from do
 * not serve it, and there is no released API artifact in any repository to compare with, so the
 * released jar lives in the module and bndlib (already used by bnd-maven-plugin) compares.
 */
class SemanticVersioningTest {

    /** The API as released; replace it (and say so in its README) with each API release. */
    static final Path BASELINE = Path.of("baseline", "servicehall-plugin-api-1.0.jar");
    static final Path BUILT = Path.of("target", "classes");

    @Test
    void every_api_package_is_versioned_semantically_against_the_released_api() throws Exception {
        assertTrue(Files.isRegularFile(BASELINE), "the released API to baseline against is missing: " + BASELINE.toAbsolutePath());
        assertTrue(Files.isRegularFile(BUILT.resolve("META-INF/MANIFEST.MF")),
                "no bundle manifest in target/classes: bnd-maven-plugin did not run");
        try (Processor reporter = new Processor();
             Jar built = new Jar(BUILT.toFile());
             Jar released = new Jar(BASELINE.toFile())) {
            Baseline baseline = new Baseline(reporter, new DiffPluginImpl());
            Set<Baseline.Info> packages = baseline.baseline(built, released, null);
            assertFalse(packages.isEmpty(), "no exported packages compared");
            List<String> mismatches = packages.stream().filter(info -> info.mismatch)
                    .map(SemanticVersioningTest::message).sorted().toList();
            if (!mismatches.isEmpty() || !reporter.getErrors().isEmpty()) {
                fail(String.join("\n", mismatches) + (reporter.getErrors().isEmpty() ? "" : "\n" + reporter.getErrors()));
            }
        }
    }

    /** In the words bnd's own baseline tools use. */
    private static String message(Baseline.Info info) {
        return String.format("Baseline mismatch for package %s, %s change. Current is %s, repo is %s, suggest %s or %s%s",
                info.packageName, info.packageDiff.getDelta(), info.newerVersion, info.olderVersion,
                info.suggestedVersion, info.suggestedIfProviders == null ? "-" : info.suggestedIfProviders,
                info.reason == null ? "" : " (" + info.reason + ")") + changes(info.packageDiff, "\n    ");
    }

    /** What changed, down to the members, so the message says which method or type broke it. */
    private static String changes(Diff diff, String indent) {
        StringBuilder text = new StringBuilder();
        for (Diff child : diff.getChildren()) {
            Delta delta = child.getDelta();
            if (delta == Delta.UNCHANGED || delta == Delta.IGNORED) {
                continue;
            }
            text.append(indent).append(delta).append(' ').append(child.getType()).append(' ').append(child.getName());
            if (delta == Delta.MAJOR || delta == Delta.MINOR || delta == Delta.MICRO || delta == Delta.CHANGED) {
                text.append(changes(child, indent + "  "));
            }
        }
        return text.toString();
    }
}
