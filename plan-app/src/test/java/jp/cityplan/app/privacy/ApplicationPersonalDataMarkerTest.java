package jp.cityplan.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.Map;
import jp.cityplan.app.adapter.in.web.committee.RecruitmentFixtures;
import jp.cityplan.app.application.committee.ApplicationDesk;
import jp.cityplan.app.demo.DemoMailSinkPorts;
import jp.cityplan.domain.committee.ApplicationDraft;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.workflow.committee.CommitteeRecruitmentClient;
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
 * Applications whose name, kana, birth date, address and e-mail are marker values go through the eligibility check,
 * the ineligibility mail, the panel's scoring, the approval and the result mails; the markers appear in no log line
 * and in no row of the engine's tables (the application table holds them, which is where they belong).
 */
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("demo")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:committee-privacy-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "demo.proposals.enabled=false",
        "demo.committees.enabled=false",
        "logging.level.jp.cityplan=DEBUG"})
class ApplicationPersonalDataMarkerTest {

    private static final String NAME = "MARKERAPPLICANTqz";
    private static final String KANA = "マーカーカナ";
    private static final String BIRTH_DATE = "1977-07-17";
    private static final String ADDRESS = "MARKERSTREETqz 9-9";
    private static final String EMAIL = "markerapplicantqz@example.jp";

    @DynamicPropertySource
    static void mailSink(DynamicPropertyRegistry registry) {
        DemoMailSinkPorts.register(registry);
    }

    @Autowired
    ApplicationDesk desk;

    @Autowired
    Committees committees;

    @Autowired
    CommitteeRecruitmentClient client;

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

    private static ApplicationDraft draft(String name, String birthDate, String position) {
        return new ApplicationDraft(name, KANA, birthDate, "FEMALE", ADDRESS, EMAIL, "LIVES", "会社員", position, "0",
                "まちづくりに参加したい。", "住みよいまちを作りたい。");
    }

    @Test
    void applicants_personal_data_reaches_neither_the_logs_nor_the_engine_tables(CapturedOutput output) {
        RecruitmentId recruitment = RecruitmentFixtures.openRecruitment(committees, client, "privacy-council", "SCORE");
        desk.apply(recruitment, draft(NAME, BIRTH_DATE, "NONE"));
        desk.apply(recruitment, draft(NAME + "x", "1966-06-16", "COUNCIL_MEMBER"));
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(recruitment.value())
                .singleResult().getId();
        runJobs(instance, "Task_TellIneligible");
        runJobs(instance, "Event_ClosingTimeReached");
        for (Task scoring : taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_ScoreApplication").list()) {
            taskService.complete(scoring.getId(), Map.of("score", 80L));
        }
        Task approval = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_ApproveSelection").singleResult();
        assertThat(approval).as("the panel scored; the selection waits for approval").isNotNull();
        taskService.complete(approval.getId(), Map.of("approved", true));
        runJobs(instance, "Task_NotifyApplicants");

        assertThat(mailSink.getReceivedMessages()).as("the ineligibility and the result mails were sent").hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from committee_application where name = ?", Integer.class, NAME))
                .as("the application itself keeps the applicant").isEqualTo(1);
        for (String marker : List.of(NAME, KANA, BIRTH_DATE, "MARKERSTREETqz", EMAIL, "markerapplicantqz")) {
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
        rows += count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like ?", like);
        return rows;
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private void runJobs(String instance, String activityId) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).list();
        assertThat(jobs).as("jobs at %s", activityId).isNotEmpty();
        jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
}
