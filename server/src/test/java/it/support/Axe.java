package it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the test's Chromium (the script ships inside the axe-core jar; nothing is fetched):
 * the serious and critical violations of a screen, and a report of every screen checked in
 * target/axe-report.txt.
 */
public final class Axe {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private Axe() {
    }

    /** Checks the page as it is now; returns its serious and critical violations, one line each. */
    public static List<String> seriousOrCritical(WebDriver driver, String screen) throws IOException {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + screen + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        List<String> bad = violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        String minor = violations.stream().filter(rule -> !"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId()).collect(Collectors.joining(", "));
        Files.writeString(TestServer.screenshots().getParent().resolve("axe-report.txt"),
                String.format("%-40s passes %3d, serious/critical %d%s%s%n", screen, results.getPasses().size(), bad.size(),
                        bad.isEmpty() ? "" : " " + bad, minor.isEmpty() ? "" : " (minor/moderate: " + minor + ")"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return bad;
    }
}
