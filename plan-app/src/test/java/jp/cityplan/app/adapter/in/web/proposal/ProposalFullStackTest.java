package jp.cityplan.app.adapter.in.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.cityplan.workflow.proposal.ProposalProcessClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The proposal API and form over the whole app (security, JSON settings, Flyway schema on in-memory H2, real
 * adapters); only the process client is a mock.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:proposal-web-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
class ProposalFullStackTest {

    private static final String BODY = """
            {"subject": "<script>alert(1)</script>", "text": "朝は満車です。", "category": "community",
             "familyName": "二本松", "area": "油井", "email": "hanako@example.jp", "wantsAnswer": true,
             "publicationConsent": "WITH_SURNAME"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    ProposalProcessClient process;

    @Test
    void a_citizen_submits_replays_reads_and_withdraws_a_proposal_over_the_api() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonNode receipt = json.readTree(mvc.perform(post("/api/proposals").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").isString())
                .andReturn().getResponse().getContentAsString());
        String number = receipt.path("receiptNumber").asText();
        String secret = receipt.path("secret").asText();

        mvc.perform(post("/api/proposals").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receiptNumber").value(number))
                .andExpect(jsonPath("$.replayed").value(true));
        mvc.perform(get("/api/proposals/{n}", number).header("X-Proposal-Secret", secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state.code").value("RECEIVED"))
                .andExpect(jsonPath("$.subject").value("<script>alert(1)</script>"));
        mvc.perform(post("/api/proposals/{n}/withdrawal", number).header("X-Proposal-Secret", secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state.code").value("WITHDRAWN"));
        mvc.perform(post("/api/proposals/{n}/withdrawal", number).header("X-Proposal-Secret", secret))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from proposal_case where receipt_number = ?", Integer.class, number))
                .isEqualTo(1);
    }

    @Test
    void nothing_is_stored_for_an_unknown_field_or_an_invalid_submission() throws Exception {
        int before = proposals();

        mvc.perform(post("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("\"text\"", "\"channel\": \"MAIL_IN\", \"text\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].reason").value("UNKNOWN_FIELD"));
        mvc.perform(post("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("\"community\"", "\"no-such-category\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("category"))
                .andExpect(jsonPath("$.violations[0].message").value("分類は選択肢から選んでください。"));

        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void a_citizen_sends_the_form_and_sees_the_secret_once() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String form = mvc.perform(get("/proposals/new").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        assertThat(form).contains("<option value=\"community\">市民協働・地域づくり</option>");

        String confirmation = mvc.perform(post("/proposals/new").session(session).with(csrf())
                        .param("formToken", token.group(1)).param("subject", "公園のベンチ").param("text", "ベンチを増やしてください。")
                        .param("category", "community").param("publicationConsent", "NONE"))
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getRedirectedUrl();
        String received = mvc.perform(get(confirmation).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(received).containsPattern("P\\d{4}-\\d{5}").containsPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
                .contains("令和");
        assertThat(mvc.perform(get(confirmation).session(session)).andReturn().getResponse().getContentAsString())
                .contains("受付の画面は表示済みです");
    }

    private int proposals() {
        return jdbc.queryForObject("select count(*) from proposal_case", Integer.class);
    }
}
