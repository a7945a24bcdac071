package jp.cityplan.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.audit.Actor;
import jp.cityplan.domain.audit.AuditAction;
import jp.cityplan.domain.audit.AuditRecord;
import jp.cityplan.domain.audit.AuditTrail;
import jp.cityplan.domain.audit.CaseReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin records who did what to which case for any process, with no listener in the model: a case that calls a
 * sub-process gets the sub-process's steps under its own reference, the signed-in user is the actor, and a process
 * without a business key is no case.
 */
class AuditTrailPluginTest {

    private static final RecordingAuditTrail TRAIL = new RecordingAuditTrail();
    private static ProcessEngine engine;

    @BeforeAll
    static void engineWithThePlugin() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:audit-trail-plugin;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("audit-trail-plugin-test")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new AuditTrailPlugin(TRAIL));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("audit-case.bpmn", caseProcess())
                .addModelInstance("audit-review.bpmn", reviewProcess())
                .deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void emptyTrail() {
        TRAIL.records.clear();
    }

    @Test
    void every_step_of_a_case_is_recorded_with_its_actor_including_a_called_sub_process() {
        engine.getRuntimeService().startProcessInstanceByKey("audit-case", "C2026-00001", Map.of());
        TaskService tasks = engine.getTaskService();

        as("seisaku", () -> tasks.claim(only(tasks).getId(), "seisaku"));
        as("seisaku", () -> tasks.setAssignee(only(tasks).getId(), null));
        as("seisaku-kacho", () -> tasks.setAssignee(only(tasks).getId(), "seisaku"));
        as("seisaku", () -> tasks.complete(only(tasks).getId()));
        as("iin1", () -> tasks.complete(only(tasks).getId()));

        CaseReference theCase = new CaseReference("audit-case", "C2026-00001");
        assertThat(TRAIL.of(theCase)).extracting(AuditRecord::action, AuditRecord::actor, AuditRecord::subject,
                AuditRecord::detail).containsExactly(
                tuple(AuditAction.CASE_STARTED, Actor.SYSTEM, "監査テストの案件", null),
                tuple(AuditAction.TASK_ASSIGNED, Actor.staff("seisaku"), "方針案を作成する", "seisaku"),
                tuple(AuditAction.TASK_RELEASED, Actor.staff("seisaku"), "方針案を作成する", null),
                tuple(AuditAction.TASK_ASSIGNED, Actor.staff("seisaku-kacho"), "方針案を作成する", "seisaku"),
                tuple(AuditAction.TASK_COMPLETED, Actor.staff("seisaku"), "方針案を作成する", null),
                tuple(AuditAction.CASE_STARTED, Actor.staff("seisaku"), "監査テストの審査", null),
                tuple(AuditAction.TASK_COMPLETED, Actor.staff("iin1"), "意見を述べる", null),
                tuple(AuditAction.CASE_ENDED, Actor.staff("iin1"), "監査テストの審査", null),
                tuple(AuditAction.CASE_ENDED, Actor.staff("iin1"), "監査テストの案件", null));
        assertThat(TRAIL.records).allMatch(record -> record.caseReference().equals(theCase));
    }

    @Test
    void a_process_without_a_business_key_is_no_case_and_gets_no_record() {
        engine.getRuntimeService().startProcessInstanceByKey("audit-case");
        engine.getTaskService().complete(only(engine.getTaskService()).getId());

        assertThat(TRAIL.records).isEmpty();
        deleteCases();
    }

    @Test
    void a_business_key_that_is_no_case_reference_gets_no_record_and_does_not_stop_the_process() {
        engine.getRuntimeService().startProcessInstanceByKey("audit-case", "not a reference", Map.of());
        engine.getTaskService().complete(only(engine.getTaskService()).getId());

        assertThat(TRAIL.records).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskName("意見を述べる").count()).isEqualTo(1);
        deleteCases();
    }

    private static void deleteCases() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("audit-case").list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test"));
    }

    private static Task only(TaskService tasks) {
        return tasks.createTaskQuery().singleResult();
    }

    private static void as(String userId, Runnable action) {
        engine.getIdentityService().setAuthenticatedUserId(userId);
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static BpmnModelInstance caseProcess() {
        return Bpmn.createExecutableProcess("audit-case").name("監査テストの案件").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_DraftPolicy").name("方針案を作成する").camundaCandidateGroups("div-policy-promotion")
                .callActivity("CallActivity_Review").calledElement("audit-review")
                .endEvent()
                .done();
    }

    private static BpmnModelInstance reviewProcess() {
        return Bpmn.createExecutableProcess("audit-review").name("監査テストの審査").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_GiveOpinion").name("意見を述べる").camundaCandidateGroups("evaluation-committee")
                .endEvent()
                .done();
    }

    private static final class RecordingAuditTrail implements AuditTrail {

        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }

        @Override
        public List<AuditRecord> of(CaseReference caseReference) {
            return records.stream().filter(record -> record.caseReference().equals(caseReference)).toList();
        }
    }
}
