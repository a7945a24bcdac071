package jp.cityplan.app.config.security;

import static jp.cityplan.app.config.security.EngineRestHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who did what to a case is recorded as it happens, by the app (a citizen's submission and withdrawal) and by the
 * engine plugin (the process's start and end, a task claimed and handed back through the REST API), and only
 * administrators read it back, joined with the engine's user operation log. No record names the citizen.
 */
@SecurityStackTest
class CaseAuditTrailTest {

    private static final String ADMIN = "audit-test-admin";
    private static final String CLERK = "audit-test-clerk";
    private static final String PASSWORD = "Aud1t-Trail-Pass";
    private static final String BODY = """
            {"subject": "図書館の開館時間", "text": "夜も開けてください。", "category": "community",
             "familyName": "監査太郎", "area": "油井", "email": "audit-marker@example.jp", "wantsAnswer": true,
             "publicationConsent": "NONE"}""";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    IdentityService identityService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    EngineRestHttp http;

    @BeforeEach
    void administratorAndPublicHearingClerk() {
        http = new EngineRestHttp(port);
        saveUser(ADMIN, "camunda-admin");
        saveUser(CLERK, "public-hearing");
    }

    @AfterEach
    void removeUsers() {
        identityService.deleteUser(ADMIN);
        identityService.deleteUser(CLERK);
    }

    @Test
    void a_cases_steps_are_recorded_with_who_did_them_and_only_administrators_read_them() throws Exception {
        JsonNode receipt = json.readTree(mvc.perform(post("/api/proposals").header("X-Forwarded-For", "198.51.100.77")
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String number = receipt.path("receiptNumber").asText();
        String taskId = intakeTaskOf(number);
        String clerk = basic(CLERK, PASSWORD);
        assertThat(http.postJson("/engine-rest/task/" + taskId + "/claim", clerk, "{\"userId\": \"" + CLERK + "\"}")
                .statusCode()).isEqualTo(204);
        assertThat(http.postJson("/engine-rest/task/" + taskId + "/unclaim", clerk, "{}").statusCode()).isEqualTo(204);
        mvc.perform(post("/api/proposals/{n}/withdrawal", number).header("X-Forwarded-For", "198.51.100.77")
                .header("X-Proposal-Secret", receipt.path("secret").asText())).andExpect(status().isOk());

        String path = "/api/staff/cases/citizen-proposal/" + number + "/audit";
        HttpResponse<String> report = http.get(path, basic(ADMIN, PASSWORD));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode records = json.readTree(report.body()).path("records");
        assertThat(records.findValuesAsText("action")).containsExactly("CASE_SUBMITTED", "CASE_STARTED",
                "TASK_ASSIGNED", "TASK_RELEASED", "CASE_WITHDRAWN", "CASE_ENDED");
        assertThat(records.get(0).path("actor").path("kind").asText()).isEqualTo("CITIZEN");
        assertThat(records.get(2).path("actor").path("userId").asText()).isEqualTo(CLERK);
        assertThat(records.get(2).path("subject").asText()).isEqualTo("提案を受け付ける");
        JsonNode operations = json.readTree(report.body()).path("engineOperations");
        assertThat(operations.findValuesAsText("operation")).contains("Claim");
        assertThat(operations.findValuesAsText("userId")).contains(CLERK);

        assertThat(http.get(path, clerk).statusCode()).isEqualTo(403);
        assertThat(http.get(path, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/staff/cases/citizen-proposal/P2099-99999/audit", basic(ADMIN, PASSWORD))
                .statusCode()).isEqualTo(404);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from audit_record where case_reference = ?", number);
        assertThat(rows.toString()).doesNotContain("監査太郎").doesNotContain("audit-marker@example.jp");
    }

    @Test
    void the_audit_page_shows_the_trail_in_japanese_to_an_administrator() throws Exception {
        JsonNode receipt = json.readTree(mvc.perform(post("/api/proposals").header("X-Forwarded-For", "198.51.100.78")
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String page = "/staff/cases/citizen-proposal/" + receipt.path("receiptNumber").asText() + "/audit";

        HttpResponse<String> shown = http.get(page, basic(ADMIN, PASSWORD));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("操作記録").contains("市民が提出").contains("案件の開始")
                .doesNotContain("監査太郎");
        assertThat(http.get(page, basic(CLERK, PASSWORD)).statusCode()).isEqualTo(403);
    }

    /** Runs the case's jobs up to its intake task (the start is asynchronous; job execution is off in this test). */
    private String intakeTaskOf(String number) {
        for (int round = 0; round < 5; round++) {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
            if (task != null) {
                return task.getId();
            }
            String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                    .singleResult().getId();
            for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().list()) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException noMailServerHere) {
                    // the receipt mail has no SMTP server in this context; the intake task does not wait for it
                }
            }
        }
        throw new AssertionError("no intake task for " + number);
    }

    private void saveUser(String id, String group) {
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            identityService.saveGroup(identityService.newGroup(group));
        }
        identityService.createMembership(id, group);
    }
}
