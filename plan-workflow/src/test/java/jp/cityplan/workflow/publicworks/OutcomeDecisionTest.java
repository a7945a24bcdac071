package jp.cityplan.workflow.publicworks;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@code public-works-outcome} (hit policy FIRST): B/C against the threshold, and the scores. */
@Deployment(resources = "bpmn/public-works-outcome.dmn")
class OutcomeDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{0}, B/C {1} (threshold {2}), scores {3}/{4}/{5} -> {6}")
    @CsvSource({
            "EX_ANTE,       1.6,  1.0, 4, 4, 1, START",
            "EX_ANTE,       1.0,  1.0, 3, 3, 1, START",
            "EX_ANTE,       1.6,  1.0, 2, 4, 4, CONTINUE_WITH_REVIEW",
            "EX_ANTE,       0.99, 1.0, 5, 5, 5, DISCONTINUE",
            "EX_ANTE,       1.3,  1.5, 5, 5, 5, DISCONTINUE",
            "RE_EVALUATION, 1.6,  1.0, 4, 4, 4, CONTINUE",
            "RE_EVALUATION, 1.6,  1.0, 4, 4, 2, CONTINUE_WITH_REVIEW",
            "RE_EVALUATION, 1.6,  1.0, 3, 1, 5, CONTINUE_WITH_REVIEW",
            "RE_EVALUATION, 0.8,  1.0, 4, 4, 4, SUSPEND",
            "RE_EVALUATION, 1.6,  1.0, 2, 5, 5, DISCONTINUE",
            "RE_EVALUATION, 0.8,  1.0, 1, 1, 1, DISCONTINUE",
            "RE_EVALUATION, 1.2,  1.5, 4, 4, 4, SUSPEND",
            "EX_POST,       1.2,  1.0, 1, 3, 1, CONTINUE",
            "EX_POST,       1.2,  1.0, 5, 2, 5, CONTINUE_WITH_REVIEW",
            "EX_POST,       0.9,  1.0, 5, 5, 5, CONTINUE_WITH_REVIEW"})
    void proposesAnOutcomeFromTheSheet(String stage, double ratio, double threshold, int necessity,
                                       int effectiveness, int progress, String expected) {
        DmnDecisionTableResult result = processEngine.getDecisionService().evaluateDecisionTableByKey(
                PublicWorksEvaluationProcess.OUTCOME_DECISION, Variables.createVariables()
                        .putValue("stage", stage)
                        .putValue("benefitCostRatio", ratio)
                        .putValue("benefitCostThreshold", threshold)
                        .putValue("necessityScore", necessity)
                        .putValue("effectivenessScore", effectiveness)
                        .putValue("progressScore", progress));

        assertThat(result).hasSize(1);
        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(expected);
    }
}
