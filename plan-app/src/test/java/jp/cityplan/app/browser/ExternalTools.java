package jp.cityplan.app.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that need a Debian package (Chromium and its driver) skip with a clear message where it is missing, so
 * {@code mvn verify} passes anywhere; CI sets {@code PLAN_REQUIRE_EXTERNAL_TOOLS=true}, which turns that skip into a
 * failure.
 */
public final class ExternalTools {

    public static final String REQUIRE_VARIABLE = "PLAN_REQUIRE_EXTERNAL_TOOLS";
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PLAN_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PLAN_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private ExternalTools() {
    }

    /** Skips the calling test (or fails it in CI) unless Chromium and ChromeDriver are installed. */
    public static void requireChromium() {
        if (!chromiumPresent() && required()) {
            throw new AssertionError(missingChromium() + "; " + REQUIRE_VARIABLE + " is set, so this is a failure, not a skip");
        }
        Assumptions.assumeTrue(chromiumPresent(), "SKIPPED: " + missingChromium());
    }

    static boolean chromiumPresent() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE));
    }

    static String missingChromium() {
        return "Chromium browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver: apt-get install chromium chromium-driver)";
    }

    /**
     * {@link RequiresChromium} on a class: where Chromium is missing, the class is disabled before anything starts
     * (no Spring context) and every test is reported as skipped with the reason. (An assumption failing in
     * {@code @BeforeAll} is reported by Surefire as "Tests run: 0" with no reason at all.) In CI the class runs, and
     * {@link Browser#start()} fails it.
     */
    public static final class ChromiumCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (chromiumPresent()) {
                return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
            }
            if (required()) {
                return ConditionEvaluationResult.enabled(REQUIRE_VARIABLE + " is set: the test fails without Chromium");
            }
            // Surefire prints "Skipped: 1" but not the reason (that is in its XML report): say it on the console too
            System.err.println("SKIPPED " + context.getDisplayName() + ": " + missingChromium());
            return ConditionEvaluationResult.disabled("SKIPPED: " + missingChromium());
        }
    }
}
