package jp.cityplan.app.postgres;

import jp.cityplan.app.browser.ExternalTools;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables a {@link RequiresPostgres} class before its Spring context starts where PostgreSQL is missing. */
public final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgres.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestPostgres.URL);
        }
        if (TestPostgres.required()) {
            // enabled: creating the test database then fails the class with the reason
            return ConditionEvaluationResult.enabled(ExternalTools.REQUIRE_VARIABLE
                    + " is set: the test fails without PostgreSQL");
        }
        if (context.getTestMethod().isEmpty()) {
            System.err.println("SKIPPED " + context.getDisplayName() + ": " + TestPostgres.missing());
        }
        return ConditionEvaluationResult.disabled("SKIPPED: " + TestPostgres.missing());
    }
}
