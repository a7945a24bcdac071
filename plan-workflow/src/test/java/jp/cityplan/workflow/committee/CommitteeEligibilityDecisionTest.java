package jp.cityplan.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import jp.cityplan.domain.committee.EligibilityFacts;
import jp.cityplan.domain.committee.Ineligibility;
import jp.cityplan.domain.committee.Position;
import jp.cityplan.domain.committee.Relation;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@code committee-eligibility} (hit policy COLLECT: every matching rule is one reason). */
@Deployment(resources = "bpmn/committee-eligibility.dmn")
class CommitteeEligibilityDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "age {0}, {1}, {2}, other seats {3} -> [{4}]")
    @CsvSource({
            "18, LIVES,   NONE,                0, ''",
            "17, LIVES,   NONE,                0, UNDER_AGE",
            "45, WORKS,   NONE,                2, ''",
            "45, STUDIES, NONE,                3, TOO_MANY_SEATS",
            "45, NONE,    NONE,                0, NO_RELATION",
            "60, LIVES,   COUNCIL_MEMBER,      0, COUNCIL_MEMBER",
            "30, WORKS,   CITY_EMPLOYEE,       0, CITY_EMPLOYEE",
            "30, WORKS,   OTHER_CIVIL_SERVANT, 0, ''",
            "16, NONE,    CITY_EMPLOYEE,       5, UNDER_AGE NO_RELATION CITY_EMPLOYEE TOO_MANY_SEATS"})
    void decidesEveryReasonAgainstAnApplicant(int age, Relation relation, Position position, int otherSeats,
                                              String expected) {
        List<Ineligibility> reasons = CheckEligibilityDelegate.evaluate(processEngine.getDecisionService(),
                new EligibilityFacts(age, relation, position, otherSeats));

        List<String> codes = expected.isBlank() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(reasons).extracting(Ineligibility::code).containsExactlyElementsOf(codes);
        assertThat(reasons).allSatisfy(reason -> assertThat(reason.explanation()).matches(".*[ぁ-んァ-ン一-龥].*"));
    }
}
