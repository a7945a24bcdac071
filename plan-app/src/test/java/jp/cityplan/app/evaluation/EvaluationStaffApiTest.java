package jp.cityplan.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.Direction;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationSheet;
import jp.cityplan.domain.evaluation.EvaluationState;
import jp.cityplan.domain.evaluation.FundingSource;
import jp.cityplan.domain.evaluation.IndicatorKind;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@EvaluationAppTest
class EvaluationStaffApiTest {

    private static final RequestPostProcessor PLANNING = user("seisaku").authorities(
            () -> "GROUP_div-policy-promotion");
    private static final RequestPostProcessor FINANCE = user("zaisei").authorities(() -> "GROUP_div-finance");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    AdministrativeEvaluations evaluations;

    private String start(String initiative, int year) throws Exception {
        return mvc.perform(post("/api/staff/plans/nihonmatsu/evaluations").with(PLANNING)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"initiativeCode\": \"" + initiative + "\", \"fiscalYear\": " + year
                                + ", \"ownerDivision\": \"div-finance\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void planningStartsAnEvaluationThatRunsThroughTheProcessIntoTheTables() throws Exception {
        JsonNode started = json.readTree(start("3-2.1", 2024));
        assertThat(started.path("evaluationId").asText()).isEqualTo("E2024-3-2.1");
        assertThat(started.path("state").asText()).isEqualTo("OPEN");
        String instance = started.path("processInstanceId").asText();
        assertThat(json.readTree(start("3-2.1", 2024)).path("processInstanceId").asText())
                .as("starting again gives the running instance").isEqualTo(instance);

        Task fillIn = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(fillIn.getTaskDefinitionKey()).isEqualTo("Task_FillInEvaluationSheet");
        taskService.complete(fillIn.getId(), sheet());
        Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        taskService.complete(review.getId(), Map.of("approved", true));
        Task confirm = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(taskService.getIdentityLinksForTask(confirm.getId())).extracting(l -> l.getGroupId())
                .containsExactly("div-policy-promotion");
        taskService.complete(confirm.getId());

        var evaluation = evaluations.findById(new EvaluationId("E2024-3-2.1")).orElseThrow();
        assertThat(evaluation.state()).isEqualTo(EvaluationState.CONFIRMED);
        EvaluationSheet stored = evaluation.sheet().orElseThrow();
        assertThat(stored.direction()).isEqualTo(Direction.EXPAND);
        assertThat(stored.cost().amountFrom(FundingSource.GENERAL)).isEqualTo(2_500_000L);
        assertThat(stored.cost().staffYears()).isEqualByComparingTo("1.2");
        assertThat(stored.indicatorsOf(IndicatorKind.OUTCOME).get(0).achievementRate()).hasValueSatisfying(
                rate -> assertThat(rate).isEqualByComparingTo("120.0"));
        assertThat(jdbc.queryForObject("select count(*) from evaluation_indicator where evaluation_id = 'E2024-3-2.1'",
                Integer.class)).isEqualTo(2);
        mvc.perform(post("/api/staff/plans/nihonmatsu/evaluations").with(PLANNING).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"initiativeCode\": \"3-2.1\", \"fiscalYear\": 2024, \"ownerDivision\": \"div-finance\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/staff/plans/nihonmatsu/evaluations").with(FINANCE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.evaluationId == 'E2024-3-2.1')].state").value("CONFIRMED"))
                .andExpect(jsonPath("$[?(@.evaluationId == 'E2024-3-2.1')].direction").value("EXPAND"));
    }

    private static Map<String, Object> sheet() {
        Map<String, Object> form = new HashMap<>();
        form.put("purposeObjective", "市の財源を確保する");
        form.put("purposeTarget", "市外の寄附者");
        form.put("purposeIntent", "寄附額を増やし地場製品を知ってもらう");
        form.put("purposeMeans", "返礼品の充実とポータルサイトへの掲載");
        form.put("activityName", "掲載した返礼品の数");
        form.put("activityUnit", "品");
        form.put("activityTarget", 200L);
        form.put("activityActual", 180L);
        form.put("outcomeName", "寄附額");
        form.put("outcomeUnit", "千円");
        form.put("outcomeTarget", 100000L);
        form.put("outcomeActual", 120000L);
        form.put("costGeneral", 2500000L);
        form.put("staffYears", 1.2);
        for (String score : new String[] {"scoreNecessity", "scoreEffectiveness", "scoreEfficiency", "scoreFairness",
                "scoreAchievement"}) {
            form.put(score, "4");
        }
        form.put("direction", "EXPAND");
        return form;
    }

    @Test
    void onlyThePlanningDivisionStartsEvaluationsAndBadRequestsNameTheirFields() throws Exception {
        String body = "{\"initiativeCode\": \"3-2.2\", \"fiscalYear\": 2024, \"ownerDivision\": \"div-finance\"}";
        mvc.perform(post("/api/staff/plans/nihonmatsu/evaluations").with(FINANCE).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/plans/nihonmatsu/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/staff/plans/nihonmatsu/evaluations").with(PLANNING).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("div-finance", "div-nowhere")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("ownerDivision"));
        mvc.perform(post("/api/staff/plans/nihonmatsu/evaluations").with(PLANNING).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("3-2.2", "9-9.9")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from evaluation_sheet where initiative_code in ('3-2.2', '9-9.9')",
                Integer.class)).isZero();
    }

    @Test
    void staffEnterAnIndicatorValueWithItsSourceAndAgainReplacesIt() throws Exception {
        String body = """
                {"indicatorId": "real-debt-service-ratio", "seriesKey": "peer-group", "fiscalYear": 2023,
                 "value": 7.4, "source": "「財政状況資料集」令和5年度版"}""";
        mvc.perform(post("/api/staff/plans/nihonmatsu/observations").with(FINANCE)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enteredBy").value("zaisei"));
        mvc.perform(post("/api/staff/plans/nihonmatsu/observations").with(FINANCE)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("7.4", "7.5")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/staff/plans/nihonmatsu/observations").with(FINANCE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.seriesKey == 'peer-group' && @.fiscalYear == 2023)].value").value(7.5));
        mvc.perform(post("/api/staff/plans/nihonmatsu/observations").with(FINANCE)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("7.4", "7.0")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"value\":7.0")));
        assertThat(jdbc.queryForObject("select count(*) from indicator_observation_entry where series_key = 'peer-group'"
                + " and fiscal_year = 2023", Integer.class)).isEqualTo(1);

        mvc.perform(post("/api/staff/plans/nihonmatsu/observations").with(FINANCE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("peer-group", "prefecture").replace("7.4", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("seriesKey"))
                .andExpect(jsonPath("$.problems[1].field").value("value"));
        mvc.perform(post("/api/staff/plans/nihonmatsu/observations").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/staff/plans/nowhere/observations").with(FINANCE)).andExpect(status().isNotFound());
    }
}
