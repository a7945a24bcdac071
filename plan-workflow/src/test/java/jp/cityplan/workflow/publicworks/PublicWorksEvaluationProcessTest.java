package jp.cityplan.workflow.publicworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.EvaluationState;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.ProjectId;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Elements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = {
        "bpmn/public-works-evaluation.bpmn",
        "bpmn/evaluation-committee-review.bpmn",
        "bpmn/public-works-scan.bpmn",
        "bpmn/public-works-outcome.dmn",
        "bpmn/public-works-trigger-national.dmn",
        "bpmn/public-works-trigger-local.dmn",
        "bpmn/forms/public-works-sheet.form",
        "bpmn/forms/public-works-returned-sheet.form",
        "bpmn/forms/public-works-policy.form",
        "bpmn/forms/public-works-opinion.form",
        "bpmn/forms/public-works-site-visit.form",
        "bpmn/forms/public-works-consolidation.form",
        "bpmn/forms/public-works-decision.form"})
class PublicWorksEvaluationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final ProjectId PROJECT = new ProjectId("PW-0001");
    static final FiscalYear FY2025 = FiscalYear.of(2025);

    ProcessEngine processEngine;
    PublicWorksWorld world;

    @BeforeEach
    void setUp() {
        world = new PublicWorksWorld(processEngine, PublicWorksSettings.DEFAULTS);
        world.register(PROJECT.value(), 2019, Funding.DIRECT, null, null);
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        PublicWorksWorld.removeCommittee(processEngine, PublicWorksSettings.DEFAULTS.committeeGroup());
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ---- driving the process as the staff and Tasklist do ----

    private ProcessInstance open(EvaluationStage stage) {
        EvaluationReference reference = world.cases.open(PROJECT, stage, FY2025, "TEST");
        world.client.start(reference);
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference.value())
                .processDefinitionKey(PublicWorksEvaluationProcess.PROCESS_ID).singleResult();
        execute(job(instance.getBusinessKey(), Elements.EVALUATION_OPENED));
        return instance;
    }

    private Job job(String businessKey, String activityId) {
        Job job = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list().stream()
                .map(instance -> processEngine.getManagementService().createJobQuery()
                        .processInstanceId(instance.getId()).activityId(activityId).singleResult())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        assertThat(job).as("job at %s", activityId).isNotNull();
        return job;
    }

    private void execute(Job job) {
        processEngine.getManagementService().executeJob(job.getId());
    }

    private List<Task> tasks(ProcessInstance instance, String activityId) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
                .taskDefinitionKey(activityId).orderByTaskAssignee().asc().list();
    }

    private Task task(ProcessInstance instance, String activityId) {
        List<Task> tasks = tasks(instance, activityId);
        assertThat(tasks).as("task %s", activityId).hasSize(1);
        return tasks.get(0);
    }

    private void complete(Task task, Map<String, Object> variables) {
        processEngine.getTaskService().complete(task.getId(), variables);
    }

    private static Map<String, Object> sheet(long userBenefits, long construction, long maintenance, int scores) {
        Map<String, Object> sheet = new HashMap<>();
        sheet.put("changeOfCircumstances", "交通量は採択時の見込みどおり");
        sheet.put("necessityScore", (long) scores);
        sheet.put("necessity", "通学路の歩道整備が必要");
        sheet.put("effectivenessScore", (long) scores);
        sheet.put("effectiveness", "事故の減少が見込まれる");
        sheet.put("progressScore", (long) scores);
        sheet.put("progressAndOutlook", "用地取得が 8 割完了");
        sheet.put("costReductionOrAlternatives", "歩道幅員の見直しで約 5% 縮減できる");
        sheet.put("effectSafety", true);
        sheet.put("effectDisasterPrevention", false);
        sheet.put("userBenefitsYen", userBenefits);
        sheet.put("otherBenefitsYen", 100_000_000L);
        sheet.put("constructionCostYen", construction);
        sheet.put("maintenanceCostYen", maintenance);
        sheet.put("expectedCompletionOn", "2029-03-31");
        return sheet;
    }

    private static Map<String, Object> goodSheet() {
        return sheet(1_500_000_000L, 900_000_000L, 100_000_000L, 4);
    }

    private static Map<String, Object> policy(EvaluationDecision decision) {
        return Map.of("policyDecision", decision.name(), "policyReasons", "B/C と進捗から判断した",
                "committeeMeetingDate", "2025-07-15");
    }

    private void giveOpinions(ProcessInstance instance, EvaluationDecision decision, boolean siteVisit) {
        List<Task> opinions = tasks(instance, Elements.GIVE_OPINION);
        assertThat(opinions).extracting(Task::getAssignee).containsExactlyElementsOf(PublicWorksWorld.MEMBERS);
        for (int i = 0; i < opinions.size(); i++) {
            complete(opinions.get(i), Map.of("memberDecision", decision.name(), "memberOpinion", "妥当である " + i,
                    "siteVisitRequested", siteVisit && i == 1));
        }
    }

    private void reachDecision(ProcessInstance instance, EvaluationDecision opinion) {
        complete(task(instance, Elements.FILL_IN_SHEET), goodSheet());
        complete(task(instance, Elements.DRAFT_POLICY), policy(opinion));
        giveOpinions(instance, opinion, false);
        complete(task(instance, Elements.CONSOLIDATE_OPINION), Map.of("opinionDecision", opinion.name(),
                "opinionText", "委員会として " + opinion.japaneseName() + " が妥当と判断する"));
    }

    private String refusal(Runnable submission) {
        Throwable thrown = catchThrowable(submission::run);
        assertThat(PublicWorksInputException.findIn(thrown)).as("refusal in %s", thrown).isPresent();
        return PublicWorksInputException.findIn(thrown).orElseThrow().getMessage();
    }

    private static EvaluationReference reference(ProcessInstance instance) {
        return new EvaluationReference(instance.getBusinessKey());
    }

    // ---- the paths ----

    @Test
    void aReEvaluationGoesFromTheSheetThroughTheCommitteeToPublication() {
        ProcessInstance instance = open(EvaluationStage.RE_EVALUATION);

        Task sheetTask = task(instance, Elements.FILL_IN_SHEET);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(sheetTask.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("div-civil-engineering"));
        assertThat(sheetTask.getDueDate()).isEqualTo(java.util.Date.from(PublicWorksWorld.NOW.plus(java.time.Duration.ofDays(30))));
        complete(sheetTask, goodSheet());

        Task draft = task(instance, Elements.DRAFT_POLICY);
        assertThat(processEngine.getTaskService().getVariables(draft.getId()))
                .containsEntry("benefitCostRatio", 1.6)
                .containsEntry("proposedDecision", "CONTINUE")
                .containsEntry("policyDecision", "CONTINUE")
                .containsEntry("sheetReturned", false);
        complete(draft, policy(EvaluationDecision.CONTINUE));
        assertThat(world.evaluation(reference(instance)).state()).isEqualTo(EvaluationState.POLICY_DRAFTED);
        assertThat(world.evaluation(reference(instance)).proposedDecision()).isEqualTo(EvaluationDecision.CONTINUE);

        Job reminder = job(instance.getBusinessKey(), Elements.COMMITTEE_MEETING_SOON);
        assertThat(reminder.getDuedate()).isEqualTo(
                java.util.Date.from(OffsetDateTime.parse("2025-07-08T09:00:00+09:00").toInstant()));
        execute(reminder);
        execute(job(instance.getBusinessKey(), Elements.REMIND_COMMITTEE));
        assertThat(world.reminders).containsExactly("PW-0001-RE-2025 2025-07-15");

        giveOpinions(instance, EvaluationDecision.CONTINUE, false);
        Task consolidation = task(instance, Elements.CONSOLIDATE_OPINION);
        assertThat(consolidation.getAssignee()).isEqualTo("iin-1");
        assertThat((String) processEngine.getTaskService().getVariable(consolidation.getId(), "memberOpinions"))
                .contains("iin-1: 【継続】妥当である 0", "iin-3: 【継続】妥当である 2");
        complete(consolidation, Map.of("opinionDecision", "CONTINUE", "opinionText", "継続が妥当である"));

        Task decision = task(instance, Elements.DECIDE);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(decision.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("final-approvers"));
        complete(decision, Map.of("decision", "CONTINUE"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(Elements.EVALUATION_OPENED,
                Elements.FILL_IN_SHEET, Elements.PROPOSE_OUTCOME, Elements.DRAFT_POLICY, Elements.REVIEW_BY_COMMITTEE,
                Elements.DECIDE, Elements.PUBLISH_RESULT, Elements.RESULT_PUBLISHED)
                .hasNotPassed(Elements.CORRECT_SHEET);
        assertThat(world.evaluation(reference(instance)).state()).isEqualTo(EvaluationState.PUBLISHED);
        assertThat(world.store.published(0, 10)).singleElement().satisfies(published -> {
            assertThat(published.decision()).isEqualTo(EvaluationDecision.CONTINUE);
            assertThat(published.opinionText()).isEqualTo("継続が妥当である");
            assertThat(published.benefitCostRatio()).isEqualByComparingTo("1.60");
        });
        assertThat(world.store.projects.get(PROJECT).lastEvaluation().decision()).isEqualTo(EvaluationDecision.CONTINUE);
    }

    @ParameterizedTest(name = "{0} ends with {1}")
    @CsvSource({
            "EX_ANTE,       START",
            "EX_ANTE,       CONTINUE_WITH_REVIEW",
            "EX_ANTE,       DISCONTINUE",
            "RE_EVALUATION, CONTINUE",
            "RE_EVALUATION, CONTINUE_WITH_REVIEW",
            "RE_EVALUATION, SUSPEND",
            "RE_EVALUATION, DISCONTINUE",
            "EX_POST,       CONTINUE",
            "EX_POST,       CONTINUE_WITH_REVIEW"})
    void eachStageEndsWithEachOfItsOutcomesPublished(EvaluationStage stage, EvaluationDecision outcome) {
        ProcessInstance instance = open(stage);

        reachDecision(instance, outcome);
        complete(task(instance, Elements.DECIDE), Map.of("decision", outcome.name()));

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(world.evaluation(reference(instance)).decision().decision()).isEqualTo(outcome);
        assertThat(world.evaluation(reference(instance)).stage()).isEqualTo(stage);
        assertThat(world.evaluation(reference(instance)).publishedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void aReturnedSheetIsCorrectedByTheDivisionAndProposedAgain() {
        ProcessInstance instance = open(EvaluationStage.RE_EVALUATION);
        complete(task(instance, Elements.FILL_IN_SHEET), sheet(400_000_000L, 900_000_000L, 100_000_000L, 4));
        Task draft = task(instance, Elements.DRAFT_POLICY);
        assertThat(processEngine.getTaskService().getVariable(draft.getId(), "proposedDecision")).isEqualTo("SUSPEND");

        assertThat(refusal(() -> complete(draft, Map.of("sheetReturned", true)))).contains("returnReason");
        complete(draft, Map.of("sheetReturned", true, "returnReason", "便益の算定根拠が不足しています"));

        Task correction = task(instance, Elements.CORRECT_SHEET);
        assertThat(processEngine.getTaskService().getVariable(correction.getId(), "returnReason"))
                .isEqualTo("便益の算定根拠が不足しています");
        assertThat(world.evaluation(reference(instance)).state()).isEqualTo(EvaluationState.SHEET_REQUESTED);
        complete(correction, goodSheet());

        Task again = task(instance, Elements.DRAFT_POLICY);
        assertThat(processEngine.getTaskService().getVariables(again.getId()))
                .containsEntry("proposedDecision", "CONTINUE").containsEntry("sheetReturned", false);
        complete(again, policy(EvaluationDecision.CONTINUE));
        BpmnAwareTests.assertThat(instance).hasPassed(Elements.CORRECT_SHEET, Elements.SHEET_RETURNED);
        assertThat(tasks(instance, Elements.GIVE_OPINION)).hasSize(3);
    }

    @Test
    void threeMembersGiveOpinionsInParallelAndASiteVisitFollowsWhenOneAsks() {
        ProcessInstance instance = open(EvaluationStage.RE_EVALUATION);
        complete(task(instance, Elements.FILL_IN_SHEET), goodSheet());
        complete(task(instance, Elements.DRAFT_POLICY), policy(EvaluationDecision.CONTINUE));

        List<Task> opinions = tasks(instance, Elements.GIVE_OPINION);
        assertThat(opinions).hasSize(3);
        assertThat(refusal(() -> complete(opinions.get(0), Map.of("memberDecision", "CONTINUE"))))
                .contains("memberOpinion");
        assertThat(tasks(instance, Elements.GIVE_OPINION)).hasSize(3);
        giveOpinions(instance, EvaluationDecision.CONTINUE_WITH_REVIEW, true);

        Task visit = task(instance, Elements.VISIT_SITE);
        assertThat(visit.getAssignee()).isEqualTo("iin-1");
        complete(visit, Map.of("siteVisitNotes", "用地の未買収区間を確認した"));
        complete(task(instance, Elements.CONSOLIDATE_OPINION),
                Map.of("opinionDecision", "CONTINUE_WITH_REVIEW", "opinionText", "計画を見直して継続すべき"));

        assertThat(world.evaluation(reference(instance)).opinion().siteVisited()).isTrue();
        assertThat(world.evaluation(reference(instance)).opinion().decision())
                .isEqualTo(EvaluationDecision.CONTINUE_WITH_REVIEW);
        assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "opinionDecision"))
                .isEqualTo("CONTINUE_WITH_REVIEW");
        BpmnAwareTests.assertThat(instance).isWaitingAt(Elements.DECIDE);
    }

    @Test
    void aSheetWithBadCostsOrDatesIsRefusedNothingIsStoredAndTheTaskStaysOpen() {
        ProcessInstance instance = open(EvaluationStage.RE_EVALUATION);
        Task sheetTask = task(instance, Elements.FILL_IN_SHEET);

        assertThat(refusal(() -> complete(sheetTask, sheet(1L, 0L, 0L, 4))))
                .contains("constructionCostYen", "B/C を計算できません");
        Map<String, Object> negative = sheet(1L, -5L, 1L, 4);
        negative.remove("maintenanceCostYen");
        assertThat(refusal(() -> complete(sheetTask, negative)))
                .contains("constructionCostYen", "0 以上", "maintenanceCostYen", "入力してください");
        Map<String, Object> early = goodSheet();
        early.put("expectedCompletionOn", "2018-12-31");
        assertThat(refusal(() -> complete(sheetTask, early))).contains("expectedCompletionOn", "日付の順序");
        Map<String, Object> word = goodSheet();
        word.put("constructionCostYen", "たくさん");
        assertThat(refusal(() -> complete(sheetTask, word))).contains("constructionCostYen", "形式");

        assertThat(task(instance, Elements.FILL_IN_SHEET).getId()).isEqualTo(sheetTask.getId());
        assertThat(world.evaluation(reference(instance)).state()).isEqualTo(EvaluationState.SHEET_REQUESTED);
        assertThat(world.evaluation(reference(instance)).version()).isZero();
    }

    @Test
    void aSupportingDocumentMustBeAPdf() {
        ProcessInstance instance = open(EvaluationStage.EX_ANTE);
        Task sheetTask = task(instance, Elements.FILL_IN_SHEET);
        Map<String, Object> withText = goodSheet();
        withText.put("supportingDocument", Variables.fileValue("memo.txt").file("x".getBytes())
                .mimeType("text/plain").create());
        assertThat(refusal(() -> complete(sheetTask, withText))).contains("supportingDocument");

        Map<String, Object> withPdf = goodSheet();
        withPdf.put("supportingDocument", Variables.fileValue("b-c.pdf").file("%PDF-1.4".getBytes())
                .mimeType("application/pdf").create());
        complete(sheetTask, withPdf);
        assertThat(world.evaluation(reference(instance)).state()).isEqualTo(EvaluationState.SHEET_FILLED);
    }

    @Test
    void decidingAgainstTheCommitteeNeedsAReasonAndTheTaskStaysOpenUntilThen() {
        ProcessInstance instance = open(EvaluationStage.RE_EVALUATION);
        reachDecision(instance, EvaluationDecision.CONTINUE_WITH_REVIEW);
        Task decision = task(instance, Elements.DECIDE);

        assertThat(refusal(() -> complete(decision, Map.of("decision", "CONTINUE"))))
                .contains("deviationReason", "入力してください");
        assertThat(refusal(() -> complete(decision, Map.of("decision", "START", "deviationReason", "x"))))
                .contains("decision", "選べません");
        assertThat(task(instance, Elements.DECIDE).getId()).isEqualTo(decision.getId());

        complete(decision, Map.of("decision", "CONTINUE", "deviationReason", "財源の見通しが立ったため当初計画で継続する"));
        assertThat(world.evaluation(reference(instance)).decision().deviationReason()).startsWith("財源");
        BpmnAwareTests.assertThat(instance).isEnded();
    }

    @Test
    void aDraftPolicyNeedsItsDecisionReasonsAndMeetingDay() {
        ProcessInstance instance = open(EvaluationStage.RE_EVALUATION);
        complete(task(instance, Elements.FILL_IN_SHEET), goodSheet());
        Task draft = task(instance, Elements.DRAFT_POLICY);

        String message = refusal(() -> complete(draft, Map.of("policyDecision", "CONTINUE")));
        assertThat(message).contains("policyReasons", "committeeMeetingDate");
        assertThat(refusal(() -> complete(draft, Map.of("policyDecision", "START", "policyReasons", "x",
                "committeeMeetingDate", "2025-07-15")))).contains("policyDecision", "選べません");
        assertThat(world.evaluation(reference(instance)).state()).isEqualTo(EvaluationState.SHEET_FILLED);
    }

    @Test
    void theYearlyScanStartsEachDueEvaluationOnceACycle() {
        world.register("PW-0002", 2015, Funding.SUBSIDISED, LocalDate.of(2016, 5, 1), null);
        world.register("PW-0003", 2024, Funding.DIRECT, null, null);
        Job timer = processEngine.getManagementService().createJobQuery()
                .processDefinitionKey(PublicWorksEvaluationProcess.SCAN_PROCESS_ID).singleResult();
        assertThat(timer).as("yearly timer").isNotNull();

        execute(timer);

        assertThat(world.store.evaluations.keySet()).extracting(EvaluationReference::value)
                .containsExactly("PW-0001-RE-2025", "PW-0002-RE-2025");
        assertThat(world.evaluation(new EvaluationReference("PW-0002-RE-2025")).trigger()).isEqualTo("RUNNING");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PublicWorksEvaluationProcess.PROCESS_ID).count()).isEqualTo(2);

        assertThat(world.scan.scan(FY2025)).isEmpty();
        world.store.evaluations.clear();
        world.store.evaluations.put(new EvaluationReference("PW-0001-RE-2025"),
                jp.cityplan.domain.publicworks.PublicWorksEvaluation.open(PROJECT, EvaluationStage.RE_EVALUATION,
                        FY2025, "UNSTARTED").snapshot());
        assertThat(world.scan.scan(FY2025)).extracting(EvaluationReference::value).containsExactly("PW-0002-RE-2025");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PublicWorksEvaluationProcess.PROCESS_ID).count()).isEqualTo(2);
    }

    @Test
    void refusalsNameTheFieldAndTheReasonInJapanese() {
        PublicWorksInputException refusal = PublicWorksInputException.of("constructionCostYen",
                FieldViolation.Reason.NEGATIVE);
        assertThat(refusal.getMessage()).isEqualTo("入力内容を確認してください: 事業費（円）（constructionCostYen）: 0 以上の金額を入力してください");
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("constructionCostYen", FieldViolation.Reason.NEGATIVE));
    }
}
