package jp.cityplan.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.cityplan.workflow.proposal.PersonalDataHistoryPlugin;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real engine of the Camunda starter, configured by {@code application.yaml} (history level full), with the
 * workflow's {@link PersonalDataHistoryPlugin} (a component the app scans): variables and form fields named {@code citizen…} are set
 * and used while the process runs, yet never reach {@code ACT_HI_VARINST} or {@code ACT_HI_DETAIL}, while ordinary
 * ones do. The history tables are read with SQL, not through the engine's API.
 * <p>
 * Auto-configuration only, not the whole app: the test needs none of the app's own beans.
 */
@SpringBootTest(classes = PersonalDataHistoryFilterTest.EngineOnly.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:history-filter-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class PersonalDataHistoryFilterTest {

    /** Not a {@code @SpringBootConfiguration}: other tests of this package must not find it as their app. */
    @Configuration
    @EnableAutoConfiguration
    static class EngineOnly {

        @Bean
        static PersonalDataHistoryPlugin personalDataHistoryPlugin() {
            return new PersonalDataHistoryPlugin();
        }
    }

    private static final String MODEL = "jp/cityplan/app/config/personal-data-history-test.bpmn";

    @Autowired
    private ProcessEngine processEngine;

    @Autowired
    private RepositoryService repositoryService;

    @Autowired
    private FormService formService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private TaskService taskService;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private JdbcTemplate jdbc;

    private Deployment deployment;
    private ProcessDefinition definition;
    private String marker;

    @BeforeEach
    void deploy() {
        deployment = repositoryService.createDeployment().name("personal-data-history-test")
                .addClasspathResource(MODEL).deploy();
        definition = repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
        marker = "MARKER-" + UUID.randomUUID();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void the_engine_writes_its_history_through_the_filter() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
        assertThat(configuration.getHistoryEventHandler()).isInstanceOf(jp.cityplan.workflow.proposal.PersonalDataHistoryFilter.class);
    }

    @Test
    void personal_form_fields_and_variables_are_used_while_running_but_never_written_to_history() {
        ProcessInstance instance = formService.submitStartForm(definition.getId(), Map.of(
                "citizenFamilyName", marker,
                "citizenText", "本文 " + marker,
                "channel", "PROPOSAL_BOX"));
        assertThat(runtimeService.getVariable(instance.getId(), "citizenFamilyName")).isEqualTo(marker);
        runtimeService.setVariable(instance.getId(), "citizenFamilyName", marker + "-corrected");
        runtimeService.setVariable(instance.getId(), "receiptNumber", "P2026-00001");
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        formService.submitTaskForm(task.getId(), Map.of(
                "citizenEmail", marker + "@example.jp",
                "category", "community"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndTime()).as("the instance ended").isNotNull();

        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ? order by NAME_",
                String.class, instance.getId()))
                .containsExactly("category", "channel", "receiptNumber");
        assertThat(jdbc.query("select TYPE_, NAME_ from ACT_HI_DETAIL where PROC_INST_ID_ = ?",
                (row, n) -> tuple(row.getString(1), row.getString(2)), instance.getId()))
                .contains(tuple("FormProperty", "channel"), tuple("FormProperty", "category"),
                        tuple("VariableUpdate", "channel"), tuple("VariableUpdate", "category"),
                        tuple("VariableUpdate", "receiptNumber"))
                .noneMatch(detail -> String.valueOf(detail.toList().get(1)).startsWith("citizen"));
        assertThat(rowsMentioning("ACT_HI_VARINST")).isZero();
        assertThat(rowsMentioning("ACT_HI_DETAIL")).isZero();
    }

    @Test
    void variables_set_through_the_runtime_api_stay_out_of_history_too() {
        ProcessInstance instance = runtimeService.startProcessInstanceById(definition.getId(), Map.of(
                "citizenPhone", marker, "wantsAnswer", true));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        taskService.complete(taskId, Map.of("citizenPostalAddress", marker));

        List<String> names = jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?",
                String.class, instance.getId());
        assertThat(names).containsExactly("wantsAnswer");
        assertThat(rowsMentioning("ACT_HI_VARINST")).isZero();
        assertThat(rowsMentioning("ACT_HI_DETAIL")).isZero();
    }

    private int rowsMentioning(String table) {
        String like = "%" + marker + "%";
        return jdbc.queryForObject("select count(*) from " + table
                + " where NAME_ like 'citizen%' or TEXT_ like ? or TEXT2_ like ?", Integer.class, like, like);
    }
}
