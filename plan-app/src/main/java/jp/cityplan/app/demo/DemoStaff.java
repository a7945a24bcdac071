package jp.cityplan.app.demo;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo staff at work: they claim and complete tasks as themselves, so the operation log names them. */
@Slf4j
@Component
@ConditionalOnProperty(name = "demo.proposals.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoStaff {

    private static final int MAX_JOB_ROUNDS = 20;

    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    void completeIntake(String instance, String user) {
        complete(instance, "Task_ReviewIntake", user, Map.of("triageDecision", "ANSWER"));
    }

    void complete(String instance, String taskKey, String user, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("demo: no task " + taskKey + " in process instance " + instance);
        }
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        runJobsOf(instance);
    }

    /** Runs the instance's jobs that are due now (async continuations, mail), as the job executor would. */
    void runJobsOf(String instance) {
        for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
            var jobs = managementService.createJobQuery().processInstanceId(instance).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException e) {
                    // the engine keeps the failure on the job (retries, then an incident), as in normal running
                    log.warn("demo: job {} of process instance {} failed: {}", job.getId(), instance, e.getClass().getSimpleName());
                }
            }
        }
    }
}
