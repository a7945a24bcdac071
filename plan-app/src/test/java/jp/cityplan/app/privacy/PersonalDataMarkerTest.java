package jp.cityplan.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.app.demo.DemoMailSinkPorts;
import jp.cityplan.app.application.proposal.ProposalIntake;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A proposal whose name, address, e-mail and phone are marker values goes through intake, drafting and the sending of
 * mails; the markers appear in no log line and in no row of the engine's runtime or history tables. (The proposal
 * table itself holds them, which is where they belong.) It runs with the demo profile, whose mail sink is part of
 * what could log an address.
 */
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("demo")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:privacy-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "demo.proposals.enabled=false",
        "logging.level.jp.cityplan=DEBUG"})
class PersonalDataMarkerTest {

    private static final String NAME = "MARKERNAMEqz";
    private static final String GIVEN = "MARKERGIVENqz";
    private static final String ADDRESS = "MARKERADDRESSqz 1-2-3";
    private static final String EMAIL = "markermailqz@example.jp";
    private static final String PHONE = "0243-55-9876";

    @DynamicPropertySource
    static void mailSink(DynamicPropertyRegistry registry) {
        DemoMailSinkPorts.register(registry);
    }

    @Autowired
    ProposalIntake intake;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail mailSink;

    @Test
    void personal_data_reaches_neither_the_logs_nor_the_engine_tables(CapturedOutput output) {
        ReceiptNumber receipt = intake.submit(new ProposalDraft(Channel.WEB_FORM, null, "街灯を増やしてほしい",
                "家の前が暗いです。連絡は " + PHONE + " まで。", "community", List.of(), NAME, GIVEN, "油井", ADDRESS, EMAIL,
                PHONE, true, PublicationConsent.WITH_SURNAME), Optional.empty()).receiptNumber();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(receipt.value())
                .singleResult().getId();
        runJobs(instance);
        complete(instance, "Task_ReviewIntake", Map.of("triageDecision", "ANSWER"));
        complete(instance, "Task_DraftAnswer", Map.of("draftText", "街灯の設置を検討します。"));

        assertThat(mailSink.getReceivedMessages()).as("the receipt confirmation was really sent").isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from proposal_case where family_name = ?", Integer.class, NAME))
                .as("the case itself keeps the contact").isEqualTo(1);
        for (String marker : List.of(NAME, GIVEN, "MARKERADDRESSqz", EMAIL, "markermailqz", "55-9876")) {
            assertThat(output.getAll()).as("log output").doesNotContain(marker);
            assertThat(engineRowsContaining(marker)).as("engine rows holding " + marker).isZero();
        }
    }

    private int engineRowsContaining(String marker) {
        String like = "%" + marker + "%";
        int rows = 0;
        rows += count("select count(*) from ACT_RU_VARIABLE where TEXT_ like ? or TEXT2_ like ?", like, like);
        rows += count("select count(*) from ACT_HI_VARINST where TEXT_ like ? or TEXT2_ like ?", like, like);
        rows += count("select count(*) from ACT_HI_DETAIL where TEXT_ like ? or TEXT2_ like ?", like, like);
        rows += count("select count(*) from ACT_HI_OP_LOG where ORG_VALUE_ like ? or NEW_VALUE_ like ?", like, like);
        rows += count("select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ like ?", like);
        return rows;
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private void complete(String instance, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        taskService.complete(task.getId(), variables);
        runJobs(instance);
    }

    private void runJobs(String instance) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
