package jp.cityplan.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@code committee-composition} (hit policy COLLECT: every matching rule is one flag). */
@Deployment(resources = "bpmn/committee-composition.dmn")
class CommitteeCompositionDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "public {0} %, female {1} %, male {2} %, women left {3}, men left {4}, target {5} -> [{6}]")
    @CsvSource({
            "20, 40, 60, true,  true,  40, ''",
            "19, 50, 50, false, false, 40, PUBLIC_SHARE_LOW",
            "30, 30, 70, true,  false, 40, FEMALE_UNDER_TARGET",
            "30, 30, 70, false, false, 40, ''",
            "30, 70, 30, false, true,  40, MALE_UNDER_TARGET",
            "30, 40, 60, true,  true,  50, FEMALE_UNDER_TARGET",
            "10, 20, 80, true,  true,  35, PUBLIC_SHARE_LOW FEMALE_UNDER_TARGET"})
    void flagsWhatFallsShort(int publicShare, int female, int male, boolean femaleLeft, boolean maleLeft, int target,
                             String expected) {
        List<String> flags = processEngine.getDecisionService().evaluateDecisionTableByKey(
                        CommitteeRecruitmentProcess.COMPOSITION_DECISION_TABLE, Variables.createVariables()
                                .putValue("publicSharePercent", publicShare)
                                .putValue("femaleSharePercent", female)
                                .putValue("maleSharePercent", male)
                                .putValue("femaleApplicantLeft", femaleLeft)
                                .putValue("maleApplicantLeft", maleLeft)
                                .putValue("genderTargetPercent", target))
                .getResultList().stream().map(row -> Objects.toString(row.get("flag"))).toList();

        assertThat(flags).containsExactlyElementsOf(expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ")));
    }
}
