package jp.cityplan.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.Direction;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationState;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.workflow.evaluation.AdministrativeEvaluationProcess.Elements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {
        "bpmn/administrative-evaluation.bpmn",
        "bpmn/forms/evaluation-sheet.form",
        "bpmn/forms/evaluation-review.form",
        "bpmn/forms/evaluation-confirmation.form"})
class AdministrativeEvaluationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final EvaluationId ID = new EvaluationId("E2025-1-1.2");

    ProcessEngine processEngine;
    InMemoryAdministrativeEvaluations evaluations;
    EvaluationProcessClient client;

    @BeforeEach
    void setUp() {
        evaluations = new InMemoryAdministrativeEvaluations();
        Mocks.register("recordEvaluationSheetDelegate", new RecordEvaluationSheetDelegate(evaluations));
        Mocks.register("checkEvaluationReviewListener", new CheckEvaluationReviewListener());
        Mocks.register("returnEvaluationSheetDelegate", new ReturnEvaluationSheetDelegate(evaluations));
        Mocks.register("approveEvaluationSheetDelegate", new ApproveEvaluationSheetDelegate(evaluations));
        Mocks.register("confirmEvaluationDelegate", new ConfirmEvaluationDelegate(evaluations));
        client = new EvaluationProcessClient(processEngine.getRuntimeService(), EvaluationProcessSettings.defaults());
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        AdministrativeEvaluation evaluation = AdministrativeEvaluation.open(new PlanId("nihonmatsu"),
                new InitiativeCode("1-1.2"), FiscalYear.of(2025), "div-policy-promotion");
        evaluations.save(evaluation);
        String id = client.start(evaluation, "EBPMの推進");
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private Task task(ProcessInstance instance, String definitionKey) {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(definitionKey).singleResult();
        assertThat(task).as("open task %s", definitionKey).isNotNull();
        return task;
    }

    private void complete(ProcessInstance instance, String definitionKey, Map<String, Object> variables) {
        processEngine.getTaskService().complete(task(instance, definitionKey).getId(), variables);
    }

    private static Map<String, Object> sheet(String direction) {
        Map<String, Object> form = new HashMap<>();
        form.put("purposeObjective", "証拠に基づく政策立案を進める");
        form.put("purposeTarget", "市の全職員");
        form.put("purposeIntent", "政策の有効性を高める");
        form.put("purposeMeans", "EBPM研修の開催");
        form.put("activityName", "研修の開催回数");
        form.put("activityUnit", "回");
        form.put("activityTarget", 10L);
        form.put("activityActual", 8L);
        form.put("outcomeName", "研修を業務に活かした職員の割合");
        form.put("outcomeUnit", "%");
        form.put("outcomeTarget", 50L);
        form.put("outcomeActual", 45.0);
        form.put("costGeneral", 1200000L);
        form.put("staffYears", 0.5);
        form.put("scoreNecessity", "4");
        form.put("scoreEffectiveness", "3");
        form.put("scoreEfficiency", "3");
        form.put("scoreFairness", "4");
        form.put("scoreAchievement", "3");
        form.put("direction", direction);
        return form;
    }

    private static Map<String, Object> review(boolean approved, String comment) {
        Map<String, Object> review = new HashMap<>();
        review.put("approved", approved);
        review.put("reviewComment", comment);
        return review;
    }

    @Test
    void theDivisionFillsInTheHeadApprovesAndPlanningConfirms() {
        ProcessInstance instance = start();
        assertThat(instance.getBusinessKey()).isEqualTo("E2025-1-1.2");
        Task fillIn = task(instance, Elements.FILL_IN_SHEET);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(fillIn.getId()))
                .extracting(link -> link.getGroupId()).containsExactly("div-policy-promotion");
        assertThat(fillIn.getDueDate()).isNotNull();

        complete(instance, Elements.FILL_IN_SHEET, sheet("CONTINUE"));
        assertThat(evaluations.findById(ID).orElseThrow().state()).isEqualTo(EvaluationState.SUBMITTED);
        Task review = task(instance, Elements.REVIEW_SHEET);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(review.getId()))
                .extracting(link -> link.getGroupId()).containsExactly("div-policy-promotion-heads");

        complete(instance, Elements.REVIEW_SHEET, review(true, null));
        assertThat(evaluations.findById(ID).orElseThrow().state()).isEqualTo(EvaluationState.APPROVED);
        complete(instance, Elements.CONFIRM_EVALUATION, Map.of());

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Elements.EVALUATION_CONFIRMED);
        AdministrativeEvaluation confirmed = evaluations.findById(ID).orElseThrow();
        assertThat(confirmed.state()).isEqualTo(EvaluationState.CONFIRMED);
        assertThat(confirmed.sheet().orElseThrow().direction()).isEqualTo(Direction.CONTINUE);
        assertThat(evaluations.saved).containsExactly("E2025-1-1.2:OPEN", "E2025-1-1.2:SUBMITTED",
                "E2025-1-1.2:APPROVED", "E2025-1-1.2:CONFIRMED");
    }

    @Test
    void aReturnedSheetGoesBackToTheDivisionWithTheReason() {
        ProcessInstance instance = start();
        complete(instance, Elements.FILL_IN_SHEET, sheet("CONTINUE"));

        complete(instance, Elements.REVIEW_SHEET, review(false, "成果指標の実績値を確認してください"));

        BpmnAwareTests.assertThat(instance).hasPassed(Elements.RETURN_SHEET).isWaitingAt(Elements.FILL_IN_SHEET);
        assertThat(evaluations.findById(ID).orElseThrow().state()).isEqualTo(EvaluationState.RETURNED);
        assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "returnReason"))
                .isEqualTo("成果指標の実績値を確認してください");

        complete(instance, Elements.FILL_IN_SHEET, sheet("IMPROVE"));
        assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "approved")).isNull();
        complete(instance, Elements.REVIEW_SHEET, review(true, null));
        complete(instance, Elements.CONFIRM_EVALUATION, Map.of());

        assertThat(evaluations.findById(ID).orElseThrow().sheet().orElseThrow().direction())
                .isEqualTo(Direction.IMPROVE);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aSheetWithBadFieldsIsRefusedNamingThemAndTheTaskStaysOpen() {
        ProcessInstance instance = start();
        Map<String, Object> bad = sheet("CONTINUE");
        bad.put("scoreFairness", "5");
        bad.remove("purposeMeans");
        String taskId = task(instance, Elements.FILL_IN_SHEET).getId();

        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, bad))
                .isInstanceOf(EvaluationInputException.class)
                .hasMessageContaining("「手段」").hasMessageContaining("「公平性」");

        BpmnAwareTests.assertThat(instance).isWaitingAt(Elements.FILL_IN_SHEET);
        assertThat(evaluations.findById(ID).orElseThrow().state()).isEqualTo(EvaluationState.OPEN);
    }

    @Test
    void aReturnWithoutACommentIsRefused() {
        ProcessInstance instance = start();
        complete(instance, Elements.FILL_IN_SHEET, sheet("CONTINUE"));
        String taskId = task(instance, Elements.REVIEW_SHEET).getId();

        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, review(false, " ")))
                .hasMessageContaining("コメント");

        BpmnAwareTests.assertThat(instance).isWaitingAt(Elements.REVIEW_SHEET);
        assertThat(evaluations.findById(ID).orElseThrow().state()).isEqualTo(EvaluationState.SUBMITTED);
    }

    @Test
    void startingTwiceForTheSameEvaluationGivesTheRunningInstance() {
        ProcessInstance first = start();

        String again = client.start(evaluations.findById(ID).orElseThrow(), "EBPMの推進");

        assertThat(again).isEqualTo(first.getId());
    }

    @Test
    void theSettingsRefuseAnEmptyPeriod() {
        assertThatThrownBy(() -> new EvaluationProcessSettings("div-policy-promotion", Period.ZERO,
                Period.ofDays(7), Period.ofDays(14))).hasMessageContaining("fill-in period");
    }
}
