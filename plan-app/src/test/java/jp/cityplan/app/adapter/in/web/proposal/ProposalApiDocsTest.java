package jp.cityplan.app.adapter.in.web.proposal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.cityplan.app.application.proposal.ProposalInquiry;
import jp.cityplan.app.application.proposal.ProposalIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The proposal API documents itself in Japanese and English; springdoc is added to the web slice for this test. */
@ProposalWebTest
@ImportAutoConfiguration({
        org.springdoc.core.configuration.SpringDocConfiguration.class,
        org.springdoc.core.properties.SpringDocConfigProperties.class,
        org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration.class})
class ProposalApiDocsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProposalIntake intake;

    @MockitoBean
    ProposalInquiry inquiry;

    @Test
    void describes_submission_with_its_idempotency_key_and_every_answer() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tags[*].name").value(hasItem("市民提案 / Citizen proposals")))
                .andExpect(jsonPath("$.paths['/api/proposals'].post.summary").value("提案を送る / Submit a proposal"))
                .andExpect(jsonPath("$.paths['/api/proposals'].post.parameters[?(@.name == 'Idempotency-Key')].in")
                        .value(hasItem("header")))
                .andExpect(jsonPath("$.paths['/api/proposals'].post.requestBody.content['application/json'].schema['$ref']")
                        .value(containsString("SubmitProposalRequest")))
                .andExpect(jsonPath("$.paths['/api/proposals'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/proposals'].post.responses['200']").exists())
                .andExpect(jsonPath("$.paths['/api/proposals'].post.responses['400'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/proposals'].post.responses['422']").exists())
                .andExpect(jsonPath("$.components.schemas.SubmitProposalRequest.properties.subject.maxLength").value(100))
                .andExpect(jsonPath("$.components.schemas.SubmitProposalRequest.properties.channel").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.ProposalReceipt.properties.secret.description")
                        .value(containsString("shown in this response only")));
    }

    @Test
    void takes_the_secret_from_a_header_and_never_from_the_query() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/proposals/{receiptNumber}'].get.parameters[?(@.name == 'X-Proposal-Secret')].in")
                        .value(hasItem("header")))
                .andExpect(jsonPath("$.paths['/api/proposals/{receiptNumber}'].get.parameters[?(@.in == 'query')]").value(empty()))
                .andExpect(jsonPath("$.paths['/api/proposals/{receiptNumber}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/proposals/{receiptNumber}/withdrawal'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/proposals/published'].get.parameters[*].name").value(hasItem("size")))
                .andExpect(jsonPath("$.paths['/api/proposals/published'].get.parameters[*].name").value(not(hasItem("locale"))));
    }

    @Test
    void leaves_the_proposal_pages_out() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/proposals/new']").doesNotExist())
                .andExpect(jsonPath("$.paths['/proposals/status']").doesNotExist());
    }
}
