package jp.cityplan.app.adapter.in.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.proposal.CitizenProposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The API documents itself: springdoc's auto-configuration is added to the web slice for this test. */
@PlanWebTest
@ImportAutoConfiguration({
        org.springdoc.core.configuration.SpringDocConfiguration.class,
        org.springdoc.core.properties.SpringDocConfigProperties.class,
        org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration.class,
        org.springdoc.webmvc.ui.SwaggerConfig.class,
        org.springdoc.core.properties.SwaggerUiConfigProperties.class,
        org.springdoc.core.properties.SwaggerUiOAuthProperties.class})
class OpenApiDocsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComprehensivePlans plans;

    @MockitoBean
    CitizenProposals proposals;

    @Test
    void describe_the_plan_api_in_japanese_and_english() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("長期総合計画 API"))
                .andExpect(jsonPath("$.info.version").exists())
                .andExpect(jsonPath("$.info.description").value(containsString("read-only API")))
                .andExpect(jsonPath("$.tags[*].name").value(hasItem("計画 / Plans")))
                .andExpect(jsonPath("$.paths['/api/plans'].get.summary").value("計画の一覧 / List plans"))
                .andExpect(jsonPath("$.paths['/api/plans'].get.responses['404']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/plans/{planId}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/plans/{planId}'].get.responses['200'].content['application/json']").exists())
                .andExpect(jsonPath("$.paths['/api/plans/{planId}/initiatives'].get.parameters[*].name").value(hasItem("approach")))
                .andExpect(jsonPath("$.paths['/api/plans/{planId}/initiatives'].get.parameters[?(@.name == 'q')].description")
                        .value(hasItem(containsString("NFKC"))))
                .andExpect(jsonPath("$.paths['/api/plans/{planId}/initiatives'].get.responses['400']").exists())
                .andExpect(jsonPath("$.components.schemas.InitiativeRowResponse.properties.resolved").exists());
    }

    @Test
    void document_the_proposal_count_of_listed_initiatives_only() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.schemas.ListedInitiativeResponse.properties.proposalCount.description")
                        .value(containsString("citizen proposals")))
                .andExpect(jsonPath("$.components.schemas.ListedInitiativeResponse.properties.proposalCount.description")
                        .value(containsString("市民提案の件数")))
                .andExpect(jsonPath("$.components.schemas.InitiativeRowResponse.properties.proposalCount").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/plans/{planId}/initiatives'].get.description")
                        .value(containsString("proposalCount")));
    }

    @Test
    void leave_the_pages_out_of_the_api_docs() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/']").doesNotExist())
                .andExpect(jsonPath("$.paths['/plans/{planId}']").doesNotExist());
    }

    @Test
    void serve_swagger_ui() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
                .andExpect(status().is3xxRedirection());
    }
}
