package it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the test's Chromium: the script comes from the axe-core Selenium jar (nothing is
 * fetched), is injected once per page, and runs with the WCAG 2.x A/AA and best-practice rules.
 * Only the violations travel back, which keeps a check well under a second. Every screen checked
 * is listed in target/axe-report.txt.
 */
public final class Axe {

    private static final String SCRIPT = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                               resultTypes: ['violations']})
               .then(function (r) {
                   done({passes: r.passes.length, violations: r.violations.map(function (v) {
                       return {id: v.id, impact: v.impact, help: v.help,
                               targets: v.nodes.map(function (n) { return String(n.target); }).join(', ')};
                   })});
               })
               .catch(function (e) { done({error: String(e)}); });
            """;

    private Axe() {
    }

    /** Checks the page as it is now; returns its serious and critical violations, one line each. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousOrCritical(WebDriver driver, String screen) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe failed on " + screen + ": " + result.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        List<String> bad = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("targets"))
                .toList();
        List<String> minor = violations.stream()
                .filter(v -> !"serious".equals(v.get("impact")) && !"critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id")).toList();
        Files.writeString(TestServer.screenshots().getParent().resolve("axe-report.txt"),
                String.format("%-44s rules passed %3s, serious/critical %d%s%s%n", screen, result.get("passes"), bad.size(),
                        bad.isEmpty() ? "" : " " + bad, minor.isEmpty() ? "" : " (minor/moderate: " + minor + ")"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return bad;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read axe.min.js", e);
        }
    }
}
