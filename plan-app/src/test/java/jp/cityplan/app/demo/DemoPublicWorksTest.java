package jp.cityplan.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo start leaves a register with a project in each trigger case, their evaluations waiting for the owning
 * division, and one ex-ante evaluation published, with its history.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-public-works-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "demo.public-works.enabled=true"})
class DemoPublicWorksTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    PublicWorksEvaluations evaluations;

    @Test
    void each_trigger_case_is_started_by_the_scan_and_one_evaluation_is_published() {
        assertThat(jdbc.queryForList("select name from public_works_project", String.class)).hasSize(6)
                .allSatisfy(name -> assertThat(name).endsWith(DemoPublicWorks.DEMO));
        assertThat(jdbc.queryForList("select trigger_reason from public_works_evaluation where stage <> 'EX_ANTE'",
                String.class)).containsExactlyInAnyOrder("UNSTARTED", "RUNNING", "SINCE_LAST_RE_EVALUATION",
                "CHANGE_OF_CIRCUMSTANCES", "COMPLETED");
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_FillInSheet").taskCandidateGroup(
                "div-civil-engineering").count()).isEqualTo(5);
        assertThat(evaluations.published(0, 10)).singleElement().satisfies(published -> {
            assertThat(published.decision().name()).isEqualTo("START");
            assertThat(published.projectId().value()).isEqualTo("PW-9006");
        });
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("public-works-evaluation")
                .finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("evaluation-committee-review").finished().count()).isEqualTo(1);
    }
}
