package jp.cityplan.app.adapter.in.web.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.ApplicationOutcome;
import jp.cityplan.domain.committee.ApplicationReceipt;
import jp.cityplan.domain.committee.Applications;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.workflow.committee.CommitteeRecruitmentClient;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Committee recruitment over the whole app: the division opens a recruitment through the process, citizens read the
 * open calls and apply through the API and the form; each application is stored and checked by the eligibility
 * table at once (Flyway schema on in-memory H2, real adapters, the real engine with job execution off).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:committee-web-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
class RecruitmentFullStackTest {

    private static final String ESSAY = "子どもと高齢者が共に暮らせるまちにしたいと考えます。";

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @Autowired
    Applications applications;

    @Autowired
    CommitteeRecruitmentClient client;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    RecruitmentId recruitment;

    @BeforeEach
    void open() {
        recruitment = RecruitmentFixtures.openRecruitment(committees, client, "web-test-council", "SCORE");
    }

    private String apply(String body) throws Exception {
        return mvc.perform(post("/api/recruitments/{id}/applications", recruitment.value())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_open_calls_are_listed_with_their_rules() throws Exception {
        mvc.perform(get("/api/recruitments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(recruitment.value())))
                .andExpect(jsonPath("$[?(@.id == '" + recruitment.value() + "')].essayLimit", hasItem(400)))
                .andExpect(jsonPath("$[?(@.id == '" + recruitment.value() + "')].selectionMethod", hasItem("SCORE")));
        mvc.perform(get("/recruitments"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("テスト審議会 web-test-council")))
                .andExpect(content().string(containsString("書類選考")))
                .andExpect(content().string(containsString("18歳以上")));
    }

    @Test
    void an_application_gets_a_receipt_number_and_is_checked_at_once() throws Exception {
        var receipt = json.readTree(mvc.perform(post("/api/recruitments/{id}/applications", recruitment.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RecruitmentFixtures.applicationJson("二本松 花子", "1980-04-01", ESSAY)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recruitmentId").value(recruitment.value()))
                .andExpect(jsonPath("$.resultExpectedOn").isString())
                .andReturn().getResponse().getContentAsString());

        ApplicationNumber number = new ApplicationNumber(receipt.path("applicationNumber").asText());
        assertThat(applications.get(number).outcome()).isEqualTo(ApplicationOutcome.ELIGIBLE);
    }

    @Test
    void an_under_age_applicant_is_recorded_as_ineligible_with_the_reason_and_told_by_mail() throws Exception {
        var receipt = json.readTree(apply(RecruitmentFixtures.applicationJson("二本松 次郎", "2015-04-01", ESSAY)));

        ApplicationNumber number = new ApplicationNumber(receipt.path("applicationNumber").asText());
        assertThat(applications.get(number).outcome()).isEqualTo(ApplicationOutcome.INELIGIBLE);
        assertThat(applications.get(number).ineligibilities()).extracting(i -> i.code()).containsExactly("UNDER_AGE");
        assertThat(managementService.createJobQuery().activityId("Task_TellIneligible").count()).isEqualTo(1);
    }

    @Test
    void a_second_application_by_the_same_person_is_refused_in_japanese_and_nothing_is_stored() throws Exception {
        apply(RecruitmentFixtures.applicationJson("安達 太郎", "1970-01-01", ESSAY));
        int before = applicationsStored();

        mvc.perform(post("/api/recruitments/{id}/applications", recruitment.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RecruitmentFixtures.applicationJson("安達　太郎", "1970-01-01", ESSAY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("name"))
                .andExpect(jsonPath("$.violations[0].reason").value("DUPLICATE"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("応募は1人1回")));
        assertThat(applicationsStored()).isEqualTo(before);
    }

    @Test
    void an_essay_over_the_limit_and_a_malformed_birth_date_are_refused_naming_the_fields() throws Exception {
        int before = applicationsStored();

        mvc.perform(post("/api/recruitments/{id}/applications", recruitment.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RecruitmentFixtures.applicationJson("岳 花子", "1980-02-30", "あ".repeat(401))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", hasItem("birthDate")))
                .andExpect(jsonPath("$.violations[*].field", hasItem("essay")))
                .andExpect(jsonPath("$.violations[*].message", hasItem("作文は400文字以内で入力してください。")));
        mvc.perform(post("/api/recruitments/{id}/applications", recruitment.value()).param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RecruitmentFixtures.applicationJson("岳 花子", "1980-02-30", ESSAY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message").value(containsString("1980-04-01")));
        assertThat(applicationsStored()).isEqualTo(before);
    }

    @Test
    void an_unknown_call_is_404_and_unknown_fields_are_400() throws Exception {
        mvc.perform(post("/api/recruitments/R1999-999/applications").contentType(MediaType.APPLICATION_JSON)
                        .content(RecruitmentFixtures.applicationJson("岳 花子", "1980-01-01", ESSAY)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/recruitments/{id}/applications", recruitment.value()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"admin\": true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/recruitments/R1999-999/apply")).andExpect(status().isNotFound());
    }

    @Test
    void the_form_shows_errors_with_the_essay_count_and_then_the_receipt() throws Exception {
        mvc.perform(get("/recruitments/{id}/apply", recruitment.value()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("現在 0 文字（400文字以内）")))
                .andExpect(content().string(containsString("/js/essay-count.js")));

        mvc.perform(post("/recruitments/{id}/apply", recruitment.value()).with(csrf())
                        .param("name", "本宮 花子").param("essay", "あ".repeat(401)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入力内容を確認してください")))
                .andExpect(content().string(containsString("現在 401 文字（400文字以内）")))
                .andExpect(content().string(containsString("作文は400文字以内で入力してください。")));

        MvcResult done = mvc.perform(post("/recruitments/{id}/apply", recruitment.value()).with(csrf())
                        .param("name", "本宮 花子").param("kana", "もとみや はなこ").param("birthDate", "1990-10-10")
                        .param("sex", "NO_ANSWER").param("address", "本宮市本宮1").param("email", "motomiya@example.jp")
                        .param("relation", "WORKS").param("occupation", "自営業").param("position", "NONE")
                        .param("otherSeats", "1").param("reasons", "地域の声を届けたい。").param("essay", ESSAY))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/recruitments/received"))
                .andExpect(flash().attributeExists("receipt"))
                .andReturn();
        ApplicationReceipt receipt = (ApplicationReceipt) done.getFlashMap().get("receipt");
        mvc.perform(get("/recruitments/received").flashAttr("receipt", receipt))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt.number().value())));
        assertThat(applications.get(receipt.number()).applicant().relation().name()).isEqualTo("WORKS");
    }

    private int applicationsStored() {
        return jdbc.queryForObject("select count(*) from committee_application", Integer.class);
    }
}
