package jp.cityplan.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo start leaves proposals at every stage, so Tasklist, Cockpit and the published list show something. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "demo.mail-sink.enabled=true",
        "demo.proposals.enabled=true"})
class DemoProposalsTest {

    @DynamicPropertySource
    static void mailSink(DynamicPropertyRegistry registry) {
        DemoMailSinkPorts.register(registry);
    }

    @Autowired
    HistoryService historyService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail mailSink;

    @Test
    void the_demo_proposals_stand_at_different_stages_with_history() {
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("citizen-proposal").count())
                .isEqualTo(5);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_ReviewIntake").count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_DraftAnswer").count()).isEqualTo(2);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_HandleOverdueProposal").count())
                .as("the back-dated case is overdue and escalated to the head").isEqualTo(1);
        assertThat(jdbc.queryForList("select state from proposal_case order by receipt_number", String.class))
                .containsExactlyInAnyOrder("RECEIVED", "IN_PROGRESS", "IN_PROGRESS", "ANSWERED", "REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from proposal_case where published_at is not null", Integer.class))
                .isEqualTo(1);
        assertThat(historyService.createUserOperationLogQuery().userId("kocho").count())
                .as("staff actions are in the audit trail under their own user").isPositive();
    }

    @Test
    void the_mail_sink_received_the_receipts_and_the_answer() {
        assertThat(mailSink.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(6);
    }
}
