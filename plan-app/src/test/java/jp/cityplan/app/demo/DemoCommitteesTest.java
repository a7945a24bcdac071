package jp.cityplan.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import jp.cityplan.app.application.committee.ApplicationDesk;
import jp.cityplan.app.application.committee.OpenRecruitment;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.Committees;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The demo start leaves two committees, an open recruitment with applications and one waiting for the selection
 * panel, whose demo users see their scoring tasks with authorization checks on. The app starts late in the evening
 * (Japan time), the hour at which a recruitment closing in exactly 21 days would be refused as too short.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-committees-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "demo.committees.enabled=true"})
class DemoCommitteesTest {

    @Autowired
    Committees committees;

    @Autowired
    ApplicationDesk desk;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    static final Instant LATE_EVENING = LocalDate.now(CommitteeRecruitment.CITY_ZONE).atTime(23, 30)
            .atZone(CommitteeRecruitment.CITY_ZONE).toInstant();

    /** The app's clock, stopped at the same moment as the engine's. */
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(LATE_EVENING, CommitteeRecruitment.CITY_ZONE);
    }

    @BeforeAll
    static void start_late_in_the_evening() {
        ClockUtil.setCurrentTime(Date.from(LATE_EVENING));
    }

    @AfterAll
    static void back_to_the_real_clock() {
        ClockUtil.reset();
    }

    @Test
    void the_demo_has_two_committees_an_open_call_and_scoring_work_for_the_panel() {
        assertThat(committees.all()).extracting(committee -> committee.name())
                .containsExactlyInAnyOrder("長期総合計画審議会", "行政改革推進委員会");
        List<OpenRecruitment> open = desk.openRecruitments();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).committee().name()).isEqualTo("長期総合計画審議会");
        assertThat(jdbc.queryForList("select outcome from committee_application order by application_number", String.class))
                .containsExactly("ELIGIBLE", "ELIGIBLE", "INELIGIBLE", "ELIGIBLE", "ELIGIBLE");

        identityService.setAuthentication("sentei1", List.of("selection-panel"));
        try {
            assertThat(taskService.createTaskQuery().taskAssignee("sentei1").listPage(0, 10))
                    .extracting(task -> task.getTaskDefinitionKey())
                    .containsExactly("Task_ScoreApplication", "Task_ScoreApplication");
        } finally {
            identityService.clearAuthentication();
        }
    }
}
