package jp.cityplan.app.config.security;

import static jp.cityplan.app.config.security.EngineRestHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two members of the public relations division claim the same task through {@code /engine-rest} at the same moment:
 * one gets it (204), the other a conflict (409, not the engine REST's 500), whichever way the engine noticed it (the
 * task already claimed, or the same row changed meanwhile).
 */
@SecurityStackTest
class ConcurrentClaimTest {

    private static final String GROUP = "div-public-relations";
    private static final String OTHER_GROUP = "div-finance";
    private static final List<String> STAFF = List.of("claim-test-a", "claim-test-b");
    private static final String PASSWORD = "Claim-Passw0rd";
    private static final String CLERK = "claim-test-clerk";
    private static final int ROUNDS = 6;

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

    @BeforeEach
    void staffAndModel() {
        http = new EngineRestHttp(port);
        if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
            identityService.saveGroup(identityService.newGroup(GROUP));
        }
        for (String id : STAFF) {
            User user = identityService.newUser(id);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(id, GROUP);
        }
        if (identityService.createGroupQuery().groupId(OTHER_GROUP).count() == 0) {
            identityService.saveGroup(identityService.newGroup(OTHER_GROUP));
        }
        User clerk = identityService.newUser(CLERK);
        clerk.setPassword(PASSWORD);
        identityService.saveUser(clerk);
        identityService.createMembership(CLERK, OTHER_GROUP);
        deployment = repositoryService.createDeployment().name("security-claim-test")
                .addClasspathResource("security/claim-test.bpmn").deploy();
    }

    @AfterEach
    void cleanUp() {
        repositoryService.deleteDeployment(deployment.getId(), true);
        STAFF.forEach(identityService::deleteUser);
        identityService.deleteUser(CLERK);
    }

    @Test
    void one_of_two_concurrent_claims_wins_and_the_other_gets_409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String taskId = newTask();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> claims = new ArrayList<>();
                for (String user : STAFF) {
                    claims.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return http.postJson("/engine-rest/task/" + taskId + "/claim", basic(user, PASSWORD),
                                "{\"userId\": \"" + user + "\"}");
                    }));
                }
                HttpResponse<String> first = claims.get(0).get(30, TimeUnit.SECONDS);
                HttpResponse<String> second = claims.get(1).get(30, TimeUnit.SECONDS);

                assertThat(List.of(first.statusCode(), second.statusCode())).as("round %d: %s / %s", round,
                        first.body(), second.body()).containsExactlyInAnyOrder(204, 409);
                HttpResponse<String> lost = first.statusCode() == 409 ? first : second;
                String winner = STAFF.get(first.statusCode() == 204 ? 0 : 1);
                assertThat(lost.body()).containsAnyOf("TaskAlreadyClaimedException", "OptimisticLockingException")
                        .contains("ほかの人が").doesNotContain("\tat ").doesNotContain("### ");
                assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_member_of_another_division_can_neither_see_nor_claim_the_task() throws Exception {
        String taskId = newTask();
        HttpResponse<String> listed = http.get("/engine-rest/task?firstResult=0&maxResults=50", basic(CLERK, PASSWORD));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(taskId);

        HttpResponse<String> refused = http.postJson("/engine-rest/task/" + taskId + "/claim", basic(CLERK, PASSWORD),
                "{\"userId\": \"" + CLERK + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("AuthorizationException").doesNotContain("\tat ");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void claiming_a_task_someone_else_has_is_409() throws Exception {
        String taskId = newTask();
        HttpResponse<String> first = http.postJson("/engine-rest/task/" + taskId + "/claim", basic(STAFF.get(0), PASSWORD),
                "{\"userId\": \"" + STAFF.get(0) + "\"}");
        HttpResponse<String> second = http.postJson("/engine-rest/task/" + taskId + "/claim", basic(STAFF.get(1), PASSWORD),
                "{\"userId\": \"" + STAFF.get(1) + "\"}");

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(second.body()).contains("\"type\":\"TaskAlreadyClaimedException\"")
                .contains("このタスクはほかの人が先に引き受けました").doesNotContain(STAFF.get(0));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(STAFF.get(0));
    }

    private String newTask() {
        String instance = runtimeService.startProcessInstanceByKey("security-claim-test", Map.of()).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).anyMatch(link -> GROUP.equals(link.getGroupId()));
        return task.getId();
    }
}
