package jp.cityplan.workflow.publicworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.LastEvaluation;
import jp.cityplan.domain.publicworks.ProjectDraft;
import jp.cityplan.domain.publicworks.ProjectKind;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.domain.shared.FiscalYear;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two trigger tables (hit policy FIRST), fed with the facts the domain derives from a register entry, as the
 * scan does. Process coverage measures BPMN only, so this decision-only class runs on the plain engine extension.
 */
@Deployment(resources = {"bpmn/public-works-trigger-national.dmn", "bpmn/public-works-trigger-local.dmn"})
class TriggerDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    ProcessEngine processEngine;

    private static PublicWorksProject project(int adopted, Funding funding, String started, String completed,
                                              Integer lastReEvaluation, boolean changed) {
        PublicWorksProject project = PublicWorksProject.register(new ProjectDraft("PW-0001", "市道改良", "div-civil-engineering",
                ProjectKind.ROAD, funding, "4-1.1", adopted, started.isBlank() ? null : LocalDate.parse(started),
                completed.isBlank() ? null : LocalDate.parse(completed), 1L, 1L, "安全"));
        if (lastReEvaluation != null) {
            project.recordEvaluation(new LastEvaluation(EvaluationStage.RE_EVALUATION, FiscalYear.of(lastReEvaluation),
                    EvaluationDecision.CONTINUE));
        }
        if (changed) {
            project.reportChangeOfCircumstances();
        }
        return project;
    }

    @ParameterizedTest(name = "{0}: adopted FY{1} {2}, started {3}, completed {4}, last re-evaluation {5}, changed {6}, in FY{7} -> {8} {9}")
    @CsvSource(nullValues = "null", value = {
            // adopted in FY2019 and still unstarted: national 3 years (direct) / 5 (subsidised), local 5 years
            "NATIONAL, 2019, DIRECT,     '',         '',         null, false, 2021, NONE,          NONE",
            "NATIONAL, 2019, DIRECT,     '',         '',         null, false, 2022, RE_EVALUATION, UNSTARTED",
            "NATIONAL, 2019, SUBSIDISED, '',         '',         null, false, 2023, NONE,          NONE",
            "NATIONAL, 2019, SUBSIDISED, '',         '',         null, false, 2024, RE_EVALUATION, UNSTARTED",
            "LOCAL,    2019, DIRECT,     '',         '',         null, false, 2023, NONE,          NONE",
            "LOCAL,    2019, DIRECT,     '',         '',         null, false, 2024, RE_EVALUATION, UNSTARTED",
            "LOCAL,    2019, SUBSIDISED, '',         '',         null, false, 2024, RE_EVALUATION, UNSTARTED",
            // still running: national 5 years after adoption, local 10
            "NATIONAL, 2019, DIRECT,     2020-05-01, '',         null, false, 2023, NONE,          NONE",
            "NATIONAL, 2019, DIRECT,     2020-05-01, '',         null, false, 2024, RE_EVALUATION, RUNNING",
            "LOCAL,    2019, DIRECT,     2020-05-01, '',         null, false, 2028, NONE,          NONE",
            "LOCAL,    2019, DIRECT,     2020-05-01, '',         null, false, 2029, RE_EVALUATION, RUNNING",
            // after a re-evaluation: national again after 3 years, local after 5
            "NATIONAL, 2010, DIRECT,     2012-05-01, '',         2022, false, 2024, NONE,          NONE",
            "NATIONAL, 2010, DIRECT,     2012-05-01, '',         2022, false, 2025, RE_EVALUATION, SINCE_LAST_RE_EVALUATION",
            "LOCAL,    2010, DIRECT,     2012-05-01, '',         2022, false, 2026, NONE,          NONE",
            "LOCAL,    2010, DIRECT,     2012-05-01, '',         2022, false, 2027, RE_EVALUATION, SINCE_LAST_RE_EVALUATION",
            // a sudden change of circumstances, whatever the years
            "NATIONAL, 2024, DIRECT,     '',         '',         null, true,  2025, RE_EVALUATION, CHANGE_OF_CIRCUMSTANCES",
            "LOCAL,    2022, DIRECT,     2022-06-01, '',         2024, true,  2025, RE_EVALUATION, CHANGE_OF_CIRCUMSTANCES",
            // ex-post within 5 years of completion, from the fiscal year after it
            "NATIONAL, 2015, DIRECT,     2016-05-01, 2024-03-15, null, false, 2023, NONE,          NONE",
            "NATIONAL, 2015, DIRECT,     2016-05-01, 2024-03-15, null, false, 2024, EX_POST,       COMPLETED",
            "LOCAL,    2015, DIRECT,     2016-05-01, 2024-03-15, null, false, 2028, EX_POST,       COMPLETED",
            "LOCAL,    2015, DIRECT,     2016-05-01, 2024-03-15, null, false, 2029, NONE,          NONE",
            "LOCAL,    2010, DIRECT,     2011-05-01, 2016-03-15, null, true,  2025, NONE,          NONE"})
    void saysWhichEvaluationIsDueInTheYearOfTheScan(ReEvaluationRule rule, int adopted, Funding funding, String started,
                                                    String completed, Integer lastReEvaluation, boolean changed,
                                                    int scanned, String stage, String trigger) {
        PublicWorksProject project = project(adopted, funding, started, completed, lastReEvaluation, changed);

        Optional<DueEvaluation> due = new TriggerDecision(processEngine.getDecisionService())
                .evaluate(rule, project.factsIn(FiscalYear.of(scanned)));

        if ("NONE".equals(stage)) {
            assertThat(due).isEmpty();
        } else {
            assertThat(due).contains(new DueEvaluation(EvaluationStage.valueOf(stage), trigger));
        }
    }

    @ParameterizedTest(name = "{0}: an ex-post evaluation is made once")
    @CsvSource({"NATIONAL", "LOCAL"})
    void aProjectEvaluatedAfterCompletionIsNotDueAgain(ReEvaluationRule rule) {
        PublicWorksProject project = project(2015, Funding.DIRECT, "2016-05-01", "2023-03-15", null, false);
        project.recordEvaluation(new LastEvaluation(EvaluationStage.EX_POST, FiscalYear.of(2024),
                EvaluationDecision.CONTINUE));

        assertThat(new TriggerDecision(processEngine.getDecisionService())
                .evaluate(rule, project.factsIn(FiscalYear.of(2025)))).isEmpty();
    }
}
