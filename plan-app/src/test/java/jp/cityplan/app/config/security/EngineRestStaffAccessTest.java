package jp.cityplan.app.config.security;

import static jp.cityplan.app.config.security.EngineRestHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /engine-rest} is open to every member of staff, and the engine's authorization checks decide what each one
 * gets: their own group's tasks, which they may claim and complete, and nothing of other cases, deployments, users or
 * grants. The same holds for the API behind Tasklist; this proves it for programs calling the REST API.
 */
@SecurityStackTest
class EngineRestStaffAccessTest {

    private static final String CLERK = "rest-access-clerk";
    private static final String PASSWORD = "Rest-Acc3ss-Pass";
    private static final String AUTH = basic(CLERK, PASSWORD);

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    EngineRestHttp http;
    Deployment deployment;
    String instanceId;
    String taskId;

    @BeforeEach
    void clerkOfPublicRelationsAndOneCase() {
        http = new EngineRestHttp(port);
        User clerk = identityService.newUser(CLERK);
        clerk.setPassword(PASSWORD);
        identityService.saveUser(clerk);
        identityService.createMembership(CLERK, "div-public-relations");
        deployment = repositoryService.createDeployment().name("security-rest-access-test")
                .addClasspathResource("security/claim-test.bpmn").deploy();
        instanceId = runtimeService.startProcessInstanceByKey("security-claim-test", Map.of()).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @AfterEach
    void cleanUp() {
        repositoryService.deleteDeployment(deployment.getId(), true);
        identityService.deleteUser(CLERK);
    }

    @Test
    void a_member_of_staff_lists_claims_and_completes_a_task_of_their_own_division() throws Exception {
        HttpResponse<String> tasks = http.get("/engine-rest/task?firstResult=0&maxResults=100", AUTH);
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        assertThat(tasks.body()).contains(taskId);

        assertThat(http.postJson("/engine-rest/task/" + taskId + "/claim", AUTH, "{\"userId\": \"" + CLERK + "\"}")
                .statusCode()).isEqualTo(204);
        HttpResponse<String> completed = http.postJson("/engine-rest/task/" + taskId + "/complete", AUTH, "{}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void a_member_of_staff_reads_no_process_instances_or_history_of_cases() throws Exception {
        for (String path : new String[] {"/engine-rest/process-instance?firstResult=0&maxResults=100",
                "/engine-rest/history/process-instance?firstResult=0&maxResults=100",
                "/engine-rest/history/variable-instance?firstResult=0&maxResults=100"}) {
            HttpResponse<String> listed = http.get(path, AUTH);
            assertThat(listed.statusCode()).as(path).isEqualTo(200);
            assertThat(listed.body()).as(path).doesNotContain(instanceId);
        }
        HttpResponse<String> direct = http.get("/engine-rest/process-instance/" + instanceId + "/variables", AUTH);
        assertThat(direct.statusCode()).as(direct.body()).isEqualTo(403);
    }

    @Test
    void a_member_of_staff_can_start_no_case_and_create_no_user_or_grant() throws Exception {
        HttpResponse<String> start = http.postJson("/engine-rest/process-definition/key/security-claim-test/start",
                AUTH, "{}");
        HttpResponse<String> user = http.postJson("/engine-rest/user/create", AUTH,
                "{\"profile\": {\"id\": \"rest-intruder\"}, \"credentials\": {\"password\": \"Intrud3r-Pass\"}}");
        HttpResponse<String> grant = http.postJson("/engine-rest/authorization/create", AUTH,
                "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"" + CLERK + "\", \"resourceType\": 0,"
                        + " \"resourceId\": \"*\"}");

        assertThat(start.statusCode()).as(start.body()).isEqualTo(403);
        assertThat(user.statusCode()).as(user.body()).isEqualTo(403);
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("security-claim-test").count())
                .isEqualTo(1);
        assertThat(identityService.createUserQuery().userId("rest-intruder").count()).isZero();
        assertThat(identityService.createGroupQuery().groupMember(CLERK).groupId("camunda-admin").count()).isZero();
    }
}
