package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@code proposal-triage} (hit policy FIRST). Process coverage measures BPMN only, so this decision-only
 * class runs on the plain engine extension with the same engine configuration.
 */
@Deployment(resources = "bpmn/proposal-triage.dmn")
class ProposalTriageDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "category {0}, wants answer {1}, reachable {2} -> {3}")
    @CsvSource({
            "out-of-scope,         true,  true,  REJECT",
            "out-of-scope,         false, false, REJECT",
            "public-relations,     false, false, INPUT_ONLY",
            "other,                false, true,  INPUT_ONLY",
            "finance,              true,  false, INPUT_ONLY",
            "finance,              true,  true,  ANSWER",
            "administration,       true,  true,  ANSWER",
            "regional-cooperation, true,  true,  ANSWER",
            "other,                true,  true,  ANSWER"})
    void proposesHowIntakeTreatsAProposal(String category, boolean wantsAnswer, boolean expectsAnswer, String expected) {
        DmnDecisionTableResult result = processEngine.getDecisionService().evaluateDecisionTableByKey(
                CitizenProposalProcess.TRIAGE_DECISION_TABLE, Variables.createVariables()
                        .putValue("category", category)
                        .putValue("wantsAnswer", wantsAnswer)
                        .putValue("expectsAnswer", expectsAnswer));

        assertThat(result).hasSize(1);
        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(expected);
    }
}
