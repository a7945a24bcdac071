package jp.cityplan.app.adapter.out.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import jp.cityplan.app.demo.DemoMailSinkPorts;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the engine's authorization checks on and the demo proposals in place, each demo user sees and works only on
 * the tasks of their own groups; a division never sees another division's cases; a division's head follows the
 * division's running cases in Cockpit; only administrators read history and other cases.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:roles-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "demo.mail-sink.enabled=true",
        "demo.proposals.enabled=true"})
class RoleAuthorizationTest {

    @DynamicPropertySource
    static void mailSink(DynamicPropertyRegistry registry) {
        DemoMailSinkPorts.register(registry);
    }

    @Autowired
    IdentityService identityService;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    GreenMail mailSink;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    private <T> T as(String user, Supplier<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> visibleTaskKeys(String user) {
        return as(user, () -> taskService.createTaskQuery().listPage(0, 100).stream().map(Task::getTaskDefinitionKey).toList());
    }

    @Test
    void the_public_hearing_staff_see_the_intake_and_no_division_work() {
        assertThat(visibleTaskKeys("kocho")).containsExactly("Task_ReviewIntake");
    }

    @Test
    void a_division_sees_its_own_drafts_and_not_another_divisions() {
        assertThat(visibleTaskKeys("koho")).containsExactly("Task_DraftAnswer");
        assertThat(visibleTaskKeys("zaisei")).containsExactly("Task_DraftAnswer");
        String financeTask = as("zaisei", () -> taskService.createTaskQuery().singleResult().getId());
        String relationsTask = as("koho", () -> taskService.createTaskQuery().singleResult().getId());
        assertThat(financeTask).isNotEqualTo(relationsTask);
    }

    @Test
    void a_division_cannot_claim_another_divisions_task() {
        String financeTask = as("zaisei", () -> taskService.createTaskQuery().singleResult().getId());
        identityService.setAuthentication("koho", List.of("div-public-relations"));

        assertThatThrownBy(() -> taskService.claim(financeTask, "koho")).isInstanceOf(AuthorizationException.class);

        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().taskId(financeTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void the_head_sees_the_overdue_escalation_of_the_division_and_the_staff_do_not() {
        assertThat(visibleTaskKeys("zaisei-kacho")).containsExactly("Task_HandleOverdueProposal");
        assertThat(visibleTaskKeys("zaisei")).doesNotContain("Task_HandleOverdueProposal");
    }

    @Test
    void only_administrators_read_process_instances_and_history() {
        assertThat(as("koho", () -> runtimeService.createProcessInstanceQuery().count())).isZero();
        assertThat(as("zaisei-kacho", () -> historyService.createHistoricProcessInstanceQuery().count())).isZero();
        assertThat(as("kocho", () -> historyService.createHistoricProcessInstanceQuery().count())).isZero();
        assertThat(as("demo", () -> runtimeService.createProcessInstanceQuery().count())).isPositive();
        assertThat(as("demo", () -> historyService.createHistoricProcessInstanceQuery().count())).isEqualTo(5);
    }

    @Test
    void a_division_head_sees_in_cockpit_the_running_cases_of_the_division_and_no_others() {
        Set<String> financeCases = historyService.createHistoricIdentityLinkLogQuery().groupId("div-finance").list()
                .stream().map(link -> historyService.createHistoricTaskInstanceQuery().taskId(link.getTaskId())
                        .singleResult().getProcessInstanceId())
                .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 1)
                .collect(Collectors.toSet());

        Set<String> headSees = as("zaisei-kacho", () -> runtimeService.createProcessInstanceQuery().listPage(0, 100)
                .stream().map(ProcessInstance::getId).collect(Collectors.toSet()));

        assertThat(financeCases).isNotEmpty();
        assertThat(headSees).isEqualTo(financeCases);
        assertThat(as("zaisei", () -> runtimeService.createProcessInstanceQuery().count())).isZero();
        assertThat(as("seisaku-kacho", () -> runtimeService.createProcessInstanceQuery().listPage(0, 100)))
                .extracting(ProcessInstance::getId).doesNotContainAnyElementsOf(financeCases);
        assertThat(cockpitFor("zaisei-kacho")).isTrue();
        assertThat(cockpitFor("zaisei")).isFalse();
    }

    private boolean cockpitFor(String user) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        return authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit");
    }

    @Test
    void only_the_public_hearing_staff_may_start_a_paper_proposal() {
        identityService.setAuthentication("koho", List.of("div-public-relations"));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("citizen-proposal"))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void division_staff_may_open_a_committee_recruitment_and_others_may_not() {
        identityService.setAuthentication("kocho", List.of("public-hearing"));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("committee-recruitment"))
                .isInstanceOf(AuthorizationException.class);
        identityService.setAuthentication("seisaku", List.of("div-policy-promotion"));
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> runtimeService.startProcessInstanceByKey("committee-recruitment"));
        assertThat(jp.cityplan.workflow.committee.RecruitmentInputException.findIn(refused))
                .as("allowed to start; refused by the empty start form, not by the engine's authorization: %s", refused)
                .hasValueSatisfying(input -> assertThat(input).hasMessageContaining("委員会を入力してください"));
    }
}
