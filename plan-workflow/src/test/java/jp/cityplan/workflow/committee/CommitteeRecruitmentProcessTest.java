package jp.cityplan.workflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.ApplicationOutcome;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.Lottery;
import jp.cityplan.domain.committee.Member;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.RecruitmentState;
import jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Elements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
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
        "bpmn/committee-recruitment.bpmn",
        "bpmn/committee-eligibility.dmn",
        "bpmn/committee-composition.dmn",
        "bpmn/forms/committee-recruitment-terms.form",
        "bpmn/forms/committee-application-score.form",
        "bpmn/forms/committee-lottery.form",
        "bpmn/forms/committee-selection-approval.form",
        "bpmn/forms/committee-direct-appointment.form"})
class CommitteeRecruitmentProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    ProcessEngine processEngine;
    CommitteeWorld world;

    @BeforeEach
    void setUp() {
        CommitteeWorld.startTheClock();
        world = new CommitteeWorld(processEngine);
        world.registerDelegates();
        world.createPanel();
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        CommitteeWorld.stopTheClock();
        BpmnAwareTests.reset();
    }

    private ProcessInstance open(String method, int seats) {
        RecruitmentId id = world.client().open(CommitteeWorld.openingForm(method, seats));
        return instance(id);
    }

    private ProcessInstance instance(RecruitmentId id) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(id.value()).singleResult();
    }

    private static RecruitmentId idOf(ProcessInstance instance) {
        return new RecruitmentId(instance.getBusinessKey());
    }

    private Job job(ProcessInstance instance, String activityId) {
        Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        assertThat(job).as("job at %s", activityId).isNotNull();
        return job;
    }

    private void runJob(ProcessInstance instance, String activityId) {
        processEngine.getManagementService().executeJob(job(instance, activityId).getId());
    }

    private List<Task> tasks(ProcessInstance instance, String activityId) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).orderByTaskAssignee().asc().list();
    }

    private Task task(ProcessInstance instance, String activityId) {
        List<Task> found = tasks(instance, activityId);
        assertThat(found).as("task %s", activityId).hasSize(1);
        return found.get(0);
    }

    private void complete(Task task, Map<String, Object> form) {
        processEngine.getTaskService().complete(task.getId(), form);
    }

    /** Closes the recruitment: the closing timer fires. */
    private void closeAfterPeriod(ProcessInstance instance) {
        assertThat(job(instance, Elements.CLOSING_TIME_REACHED).getDuedate())
                .isEqualTo(Date.from(java.time.Instant.parse("2026-06-30T08:00:00Z")));
        runJob(instance, Elements.CLOSING_TIME_REACHED);
    }

    /** Every panel member scores every application with the points given per application. */
    private void scoreAll(ProcessInstance instance, Map<ApplicationNumber, Integer> points) {
        List<Task> scoring = tasks(instance, Elements.SCORE_APPLICATION);
        assertThat(scoring).hasSize(CommitteeWorld.PANEL.size() * points.size());
        for (Task task : scoring) {
            String number = (String) processEngine.getTaskService().getVariableLocal(task.getId(), "applicationNumber");
            complete(task, Map.of("score", (long) points.get(new ApplicationNumber(number))));
        }
    }

    private void approve(ProcessInstance instance, boolean approved) {
        complete(task(instance, Elements.APPROVE_SELECTION), Map.of("approved", approved, "approvalComment", "了承"));
    }

    @Test
    void theDivisionOpensARecruitmentThePanelScoresAndTheBestAreAppointed() {
        ProcessInstance instance = open("SCORE", 2);
        RecruitmentId id = idOf(instance);
        ApplicationNumber first = world.apply(id, "安達 一郎", "1970-01-01", "MALE");
        ApplicationNumber second = world.apply(id, "安達 花子", "1985-05-05", "FEMALE");
        ApplicationNumber third = world.apply(id, "岳 三郎", "1990-09-09", "MALE");
        ApplicationNumber underAge = world.apply(id, "岳 四郎", "2010-01-01", "MALE");

        assertThat(world.application(underAge).outcome()).isEqualTo(ApplicationOutcome.INELIGIBLE);
        runJob(instance, Elements.TELL_INELIGIBLE);
        assertThat(world.told).containsExactly(underAge + " INELIGIBLE UNDER_AGE");
        assertThat(world.application(first).outcome()).isEqualTo(ApplicationOutcome.ELIGIBLE);
        closeAfterPeriod(instance);

        Task scoring = tasks(instance, Elements.SCORE_APPLICATION).get(0);
        assertThat(scoring.getAssignee()).isEqualTo("panelA");
        assertThat(scoring.getDueDate()).isEqualTo(Date.from(java.time.Instant.parse("2026-07-20T08:00:00Z")));
        Map<String, Object> shown = processEngine.getTaskService().getVariables(scoring.getId());
        assertThat(shown.get("maskedEssay").toString()).contains("［電話番号］").doesNotContain("090-1234-5678");
        assertThat(shown.values()).noneMatch(value -> String.valueOf(value).contains("安達"));
        scoreAll(instance, Map.of(first, 70, second, 90, third, 60));

        Task approval = task(instance, Elements.APPROVE_SELECTION);
        assertThat(processEngine.getTaskService().getVariables(approval.getId()))
                .containsEntry("selectedApplications", second + "," + first)
                .containsEntry("compositionFlags", "PUBLIC_SHARE_LOW")
                .doesNotContainKey("applicationNumber");
        approve(instance, true);
        runJob(instance, Elements.NOTIFY_APPLICANTS);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Elements.NEXT_RECRUITMENT_DUE);
        assertThat(world.recruitment(id).state()).isEqualTo(RecruitmentState.APPOINTED);
        assertThat(world.planCouncil().membersOn(CommitteeWorld.day("2026-08-01")))
                .extracting(Member::application).containsExactlyInAnyOrder(first, second);
        assertThat(world.planCouncil().members().get(0).term().endsOn()).isEqualTo(CommitteeWorld.day("2028-07-31"));
        assertThat(world.told).contains(first + " SELECTED", second + " SELECTED", third + " NOT_SELECTED")
                .hasSize(4);
        assertThat(world.application(third).resultSent()).isTrue();
        assertThat(world.application(first).scores()).hasSize(2);
    }

    @Test
    void beforeTheTermEndsTheNextRecruitmentStartsAndTheDivisionPreparesIt() {
        ProcessInstance instance = open("SCORE", 1);
        RecruitmentId id = idOf(instance);
        ApplicationNumber only = world.apply(id, "安達 花子", "1985-05-05", "FEMALE");
        closeAfterPeriod(instance);
        scoreAll(instance, Map.of(only, 80));
        approve(instance, true);
        runJob(instance, Elements.NOTIFY_APPLICANTS);

        Job renewal = job(instance, Elements.NEXT_RECRUITMENT_DUE);
        assertThat(renewal.getDuedate()).isEqualTo(Date.from(java.time.Instant.parse("2028-01-31T00:00:00Z")));
        processEngine.getManagementService().executeJob(renewal.getId());

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Elements.START_NEXT_RECRUITMENT);
        ProcessInstance next = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("next-comprehensive-plan-council-after-" + id.value()).singleResult();
        runJob(next, Elements.START_NEXT_RECRUITMENT_DUE);
        Task prepare = task(next, Elements.PREPARE_RECRUITMENT);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(prepare.getId()))
                .anyMatch(link -> CommitteeWorld.DIVISION.equals(link.getGroupId()));
        CommitteeWorld.stopTheClock();
        java.time.Instant later = java.time.Instant.parse("2028-02-01T00:00:00Z");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(later));
        Map<String, Object> form = CommitteeWorld.openingForm("LOTTERY", 3);
        form.put("closesOn", "2028-03-01");
        form.put("termStartsOn", "2028-08-01");
        form.put("resultExpectedOn", "2028-04-01");
        complete(prepare, form);

        ProcessInstance reopened = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(next.getId()).singleResult();
        assertThat(reopened.getBusinessKey()).isEqualTo("R2027-002");
        BpmnAwareTests.assertThat(reopened).isWaitingAt(Elements.CLOSING_TIME_REACHED);
    }

    @Test
    void aPublicLotteryChoosesWhatAnyoneGetsByReRunningTheSeedOnThePublishedList() {
        ProcessInstance instance = open("LOTTERY", 2);
        RecruitmentId id = idOf(instance);
        ApplicationNumber a = world.apply(id, "安達 一郎", "1970-01-01", "MALE");
        ApplicationNumber b = world.apply(id, "安達 花子", "1985-05-05", "FEMALE");
        ApplicationNumber c = world.apply(id, "岳 三郎", "1990-09-09", "MALE");
        closeAfterPeriod(instance);

        Task lottery = task(instance, Elements.HOLD_LOTTERY);
        assertThat(processEngine.getTaskService().getVariables(lottery.getId()))
                .containsEntry("lotteryList", a + "," + b + "," + c);
        complete(lottery, Map.of("lotterySeed", "3-6-1-4", "lotteryWitnesses", "立会人 二本松 太郎（市民）"));

        List<ApplicationNumber> expected = Lottery.draw("3-6-1-4", List.of(a, b, c), 2);
        CommitteeRecruitment recruitment = world.recruitment(id);
        assertThat(recruitment.selected()).isEqualTo(expected);
        assertThat(recruitment.lottery()).hasValueSatisfying(draw -> {
            assertThat(draw.seed()).isEqualTo("3-6-1-4");
            assertThat(draw.list()).containsExactly(a, b, c);
        });
        approve(instance, true);
        runJob(instance, Elements.NOTIFY_APPLICANTS);
        BpmnAwareTests.assertThat(instance).hasNotPassed(Elements.SCORE_APPLICATION).isWaitingAt(Elements.NEXT_RECRUITMENT_DUE);
        assertThat(world.told).hasSize(3);
    }

    @Test
    void scoresThenALotteryAmongThoseReachingThePassMark() {
        ProcessInstance instance = open("SCORE_THEN_LOTTERY", 1);
        RecruitmentId id = idOf(instance);
        ApplicationNumber a = world.apply(id, "安達 一郎", "1970-01-01", "MALE");
        ApplicationNumber b = world.apply(id, "安達 花子", "1985-05-05", "FEMALE");
        ApplicationNumber c = world.apply(id, "岳 三郎", "1990-09-09", "MALE");
        closeAfterPeriod(instance);
        scoreAll(instance, Map.of(a, 60, b, 75, c, 40));

        Task lottery = task(instance, Elements.HOLD_LOTTERY);
        assertThat(processEngine.getTaskService().getVariable(lottery.getId(), "lotteryList")).isEqualTo(a + "," + b);
        Throwable refused = catchThrowable(() -> complete(lottery, Map.of("lotterySeed", " ")));
        assertThat(RecruitmentInputException.findIn(refused)).isPresent();
        assertThat(refused).hasMessageContaining("シード値と立会人");
        complete(task(instance, Elements.HOLD_LOTTERY), Map.of("lotterySeed", "42", "lotteryWitnesses", "立会人 A、B"));

        assertThat(world.recruitment(id).selected()).isEqualTo(Lottery.draw("42", List.of(a, b), 1));
        Object notes = processEngine.getRuntimeService().getVariable(instance.getId(), "compositionNotes");
        assertThat(notes.toString()).isNotBlank();
        approve(instance, false);

        Task direct = task(instance, Elements.APPOINT_DIRECTLY);
        assertThat(world.recruitment(id).state()).isEqualTo(RecruitmentState.DIRECT_APPOINTMENT);
        complete(direct, Map.of("directAppointmentNote", "団体推薦により1名を委嘱した。"));
        runJob(instance, Elements.NOTIFY_APPLICANTS);
        assertThat(world.told).containsExactlyInAnyOrder(a + " NOT_SELECTED", b + " NOT_SELECTED", c + " NOT_SELECTED");
    }

    @Test
    void withoutEligibleApplicantsTheDivisionIsAskedToAppointDirectly() {
        ProcessInstance instance = open("SCORE", 2);
        closeAfterPeriod(instance);

        Task direct = task(instance, Elements.APPOINT_DIRECTLY);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(direct.getId()))
                .anyMatch(link -> CommitteeWorld.DIVISION.equals(link.getGroupId()));
        complete(direct, Map.of("directAppointmentNote", "応募がなかったため、団体推薦で2名を委嘱した。"));
        runJob(instance, Elements.NOTIFY_APPLICANTS);

        BpmnAwareTests.assertThat(instance).hasPassed(Elements.HAND_TO_DIRECT_APPOINTMENT)
                .hasNotPassed(Elements.SCORE_APPLICATION, Elements.APPROVE_SELECTION)
                .isWaitingAt(Elements.NEXT_RECRUITMENT_DUE);
        assertThat(world.told).isEmpty();
    }

    @Test
    void eachIneligibleApplicantIsToldTheirOwnReasons() {
        ProcessInstance instance = open("LOTTERY", 1);
        RecruitmentId id = idOf(instance);
        ApplicationNumber underAge = world.apply(id, "岳 四郎", "2010-01-01", "MALE");
        ApplicationNumber alsoUnderAge = world.apply(id, "岳 五郎", "2011-01-01", "MALE");

        for (Job job : processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(Elements.TELL_INELIGIBLE).list()) {
            processEngine.getManagementService().executeJob(job.getId());
        }

        assertThat(world.told).containsExactlyInAnyOrder(underAge + " INELIGIBLE UNDER_AGE",
                alsoUnderAge + " INELIGIBLE UNDER_AGE");
        assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "applicationNumber")).isNull();
    }

    @Test
    void aPeriodShorterThanThreeWeeksIsRefusedAndNothingStarts() {
        Map<String, Object> form = CommitteeWorld.openingForm("SCORE", 2);
        form.put("closesOn", "2026-06-20");

        Throwable refused = catchThrowable(() -> world.client().open(form));

        assertThat(RecruitmentInputException.findIn(refused)).hasValueSatisfying(
                refusal -> assertThat(refusal).hasMessageContaining("募集期間は21日以上").hasMessageContaining("締切日"));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CommitteeRecruitmentProcess.PROCESS_ID).count()).isZero();
    }

    @Test
    void aScoreOutsideZeroToHundredIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = open("SCORE", 1);
        world.apply(idOf(instance), "安達 花子", "1985-05-05", "FEMALE");
        closeAfterPeriod(instance);
        Task scoring = tasks(instance, Elements.SCORE_APPLICATION).get(0);

        Throwable refused = catchThrowable(() -> complete(scoring, Map.of("score", 101L)));

        assertThat(refused).hasMessageContaining("0から100");
        assertThat(tasks(instance, Elements.SCORE_APPLICATION)).hasSize(2);
    }

    @Test
    void processVariablesHoldIdsAndFlagsButNoPersonalData() {
        ProcessInstance instance = open("SCORE", 1);
        world.apply(idOf(instance), "安達 花子", "1985-05-05", "FEMALE");
        closeAfterPeriod(instance);

        List<HistoricVariableInstance> variables = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();

        assertThat(variables).extracting(HistoricVariableInstance::getName)
                .contains("recruitmentId", "applicationNumber", "eligible", "anyEligible", "closesAt");
        assertThat(variables).extracting(variable -> String.valueOf(variable.getValue()))
                .noneMatch(value -> value.contains("安達") || value.contains("applicant@example.jp")
                        || value.contains("1985-05-05") || value.contains("金色") || value.contains("090-1234-5678"));
    }
}
