package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of a test run which tiers ran and which were skipped, and why (issue #9): unit tests,
 * integration tests on H2 or on PostgreSQL, browser tests. Printed to the console and written to
 * {@code target/test-tiers/<tier set>.txt} for {@code .ci/run} to echo. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class TestTiersSummary implements TestExecutionListener {

    /** Counts of one tier. */
    private static final class Tier {
        int run;
        int failed;
        int skipped;
        final Set<String> reasons = new LinkedHashSet<>();
    }

    private final Map<String, Tier> tiers = new LinkedHashMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        tiers.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (plan == null) {
            return;
        }
        List<TestIdentifier> tests = new ArrayList<>();
        if (test.isTest()) {
            tests.add(test);
        } else {
            plan.getDescendants(test).stream().filter(TestIdentifier::isTest).forEach(tests::add);
        }
        for (TestIdentifier t : tests) {
            Tier tier = tier(t);
            tier.skipped++;
            tier.reasons.add(reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (plan == null) {
            return;
        }
        if (!test.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) { // e.g. assumeTrue in @BeforeAll
                executionSkipped(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
            }
            return;
        }
        Tier tier = tier(test);
        switch (result.getStatus()) {
            case SUCCESSFUL -> tier.run++;
            case FAILED -> {
                tier.run++;
                tier.failed++;
            }
            case ABORTED -> {
                tier.skipped++;
                tier.reasons.add(result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (tiers.isEmpty()) {
            return;
        }
        String summary = summary();
        System.out.println(summary);
        try {
            Path dir = Path.of("target", "test-tiers");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(String.join("-", tiers.keySet()).replaceAll("[^a-zA-Z0-9-]", "") + ".txt"),
                    summary + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String summary() {
        StringBuilder out = new StringBuilder("[test tiers]");
        for (Map.Entry<String, Tier> e : tiers.entrySet()) {
            Tier t = e.getValue();
            out.append(System.lineSeparator()).append("  ").append(e.getKey()).append(": ").append(t.run).append(" ran");
            if (t.failed > 0) {
                out.append(" (").append(t.failed).append(" failed)");
            }
            if (t.skipped > 0) {
                out.append(", ").append(t.skipped).append(" skipped — ").append(String.join("; ", t.reasons));
            }
        }
        if (!tiers.containsKey(postgresTier())) {
            out.append(System.lineSeparator()).append("  ").append("integration on PostgreSQL: not in this run — ")
                    .append(onPostgres() ? "no integration tests selected"
                            : System.getenv("GONGKAI_TEST_PG_URL") != null
                                    ? "it runs in its own execution (integration-on-postgresql), see its summary"
                                    : "skipped, GONGKAI_TEST_PG_URL is not set (see README)");
        }
        if (!tiers.containsKey("browser")) {
            out.append(System.lineSeparator()).append("  browser: not in this run — excluded or not selected (-Dgroups=browser)");
        }
        return out.toString();
    }

    private Tier tier(TestIdentifier test) {
        return tiers.computeIfAbsent(tierOf(test), k -> new Tier());
    }

    private String tierOf(TestIdentifier test) {
        Set<String> tags = new LinkedHashSet<>();
        for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
            t.getTags().stream().map(TestTag::getName).forEach(tags::add);
        }
        if (tags.contains("browser")) {
            return "browser";
        }
        if (tags.contains("integration")) {
            return onPostgres() ? postgresTier() : "integration on H2";
        }
        return "unit and architecture";
    }

    private static String postgresTier() {
        return "integration on PostgreSQL";
    }

    private static boolean onPostgres() {
        String url = System.getProperty("gongkai.test.datasource-url");
        return url != null && url.startsWith("jdbc:postgresql:");
    }
}
