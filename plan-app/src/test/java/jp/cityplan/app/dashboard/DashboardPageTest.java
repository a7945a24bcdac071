package jp.cityplan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.cityplan.app.application.evaluation.ObservationRecording;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.app.evaluation.EvaluationAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dashboard and the Prometheus scrape over the whole app: who may read them, and what they show. */
@EvaluationAppTest
class DashboardPageTest {

    private static final RequestPostProcessor ADMIN = user("demo").authorities(() -> "GROUP_camunda-admin");
    private static final RequestPostProcessor HEAD = user("koho-kacho").authorities(
            () -> "GROUP_div-public-relations-heads");
    private static final RequestPostProcessor STAFF = user("koho").authorities(() -> "GROUP_div-public-relations");

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalSubmission submission;

    @Autowired
    ObservationRecording recording;

    @Test
    void administratorsAndDivisionHeadsReadTheDashboardOtherStaffDoNot() throws Exception {
        String number = submission.submit(new ProposalDraft(Channel.WEB_FORM, null, "公園の遊具", "遊具を増やしてほしい。",
                "community", List.of(), null, null, null, null, null, null, false, PublicationConsent.NONE))
                .receipt().receiptNumber().value();
        recording.record(new PlanId("nihonmatsu"), Map.of("indicatorId", "real-debt-service-ratio",
                "seriesKey", "peer-group", "fiscalYear", "2022", "value", "8.2", "source", "財政状況資料集"), "zaisei");

        String page = mvc.perform(get("/staff/dashboard").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("対応中の市民提案（担当課別）").contains("回答期限を過ぎた市民提案（担当課別）")
                .contains("回答までの日数（中央値、担当課別）").contains("職員数の推移").contains("実質公債費比率の推移")
                .contains("公共事業評価の結果（対応方針別）").contains("評価中の公共事業評価（評価区分別）")
                .contains("<svg").contains("受付審査中").contains("<title>類似団体 令和4年度: 8.2%</title>")
                .doesNotContain("<script");
        mvc.perform(get("/staff/dashboard").with(HEAD)).andExpect(status().isOk());
        mvc.perform(get("/staff/dashboard").with(STAFF)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/dashboard")).andExpect(result -> assertThat(result.getResponse().getStatus())
                .as("anonymous: a login, never the page").isIn(302, 401));
        String cases = mvc.perform(get("/staff/dashboard/proposals").param("view", "open").param("division", "intake")
                        .with(HEAD)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cases).contains(number);
        mvc.perform(get("/staff/dashboard/proposals").param("view", "nothing").param("division", "intake").with(HEAD))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/dashboard/evaluations").param("plan", "nihonmatsu").param("fiscalYear", "2024")
                .with(ADMIN)).andExpect(status().isOk());
    }

    @Test
    void thePrometheusScrapeIsForAdministratorsOnlyAndCarriesTheDomainGauges() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("koho", "demo"))).andExpect(status().isForbidden());
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(scrape).contains("cityplan_proposals_open").contains("cityplan_proposals_overdue")
                .contains("cityplan_evaluations_in_progress");
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
