package org.gongkai;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (fetched from npm into {@code target/npm} by the build's {@code axe-core} profile) in the
 * current page against WCAG 2.0/2.1 A and AA, and fails listing every serious or critical violation.
 */
public final class Axe {

    public static final Path SCRIPT = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(function (r) { done(JSON.stringify(r.violations)); })
               .catch(function (e) { done('AXE-ERROR ' + e); });
            """;

    private Axe() {}

    /** A violation as axe reports it: rule id, impact, help text and the offending nodes' selectors and HTML. */
    public record Violation(String id, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return id + " [" + impact + "] " + help + "\n    " + String.join("\n    ", nodes);
        }
    }

    public static void assertNoSeriousViolations(WebDriver driver) {
        List<Violation> blocking = violations(driver).stream().filter(v -> BLOCKING.contains(v.impact())).toList();
        if (!blocking.isEmpty()) {
            fail("axe-core found " + blocking.size() + " serious or critical accessibility violation(s) on "
                    + driver.getCurrentUrl() + ":\n" + String.join("\n", blocking.stream().map(Violation::toString).toList()));
        }
    }

    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object result = js.executeAsyncScript(RUN);
        String json = String.valueOf(result);
        if (json.startsWith("AXE-ERROR")) {
            fail("axe-core could not run: " + json);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : JsonMapper.shared().readTree(json)) {
            List<String> nodes = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                nodes.add(node.path("target").toString() + " " + node.path("html").asString("")
                        + " — " + node.path("failureSummary").asString("").replace('\n', ' '));
            }
            violations.add(new Violation(v.path("id").asString(""), v.path("impact").asString(""),
                    v.path("help").asString(""), nodes));
        }
        return violations;
    }

    private static String source() {
        boolean present = Files.isReadable(SCRIPT);
        String message = "axe-core is missing at " + SCRIPT + ": run the build with npm installed (the axe-core "
                + "profile fetches it in generate-test-resources)";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(present, message);
        try {
            return Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
