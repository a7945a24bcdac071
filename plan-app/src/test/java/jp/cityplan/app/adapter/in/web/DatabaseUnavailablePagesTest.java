package jp.cityplan.app.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.cityplan.app.config.database.DatabaseAvailabilityConfiguration;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.proposal.CitizenProposals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The plan's API and pages while the database cannot be reached: a 503 problem for the API (ahead of the API's own
 * catch-all 500), the error page for a browser.
 */
@PlanWebTest
@Import(DatabaseAvailabilityConfiguration.class)
class DatabaseUnavailablePagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComprehensivePlans plans;

    @MockitoBean
    CitizenProposals proposals;

    @BeforeEach
    void theDatabaseIsDown() {
        given(plans.summaries()).willThrow(new CannotCreateTransactionException("Could not open JPA EntityManager"));
        given(plans.findById(PlanFixture.PLAN_ID))
                .willThrow(new CannotCreateTransactionException("Could not open JPA EntityManager"));
    }

    @Test
    void the_api_answers_503_with_a_japanese_problem_and_retry_after() throws Exception {
        mvc.perform(get("/api/plans").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.title").value("一時的に利用できません"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("EntityManager"))));
    }

    /** The container then shows error/503.html (MockMvc has no error dispatch: the failure harness reads the page). */
    @Test
    void a_browser_is_sent_to_the_error_page_with_503_instead_of_a_json_problem() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/plans/{id}", PlanFixture.PLAN_ID.value())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andReturn().getResponse();

        assertThat(response.getContentAsString()).as("no problem JSON: the error page follows").isEmpty();
    }
}
