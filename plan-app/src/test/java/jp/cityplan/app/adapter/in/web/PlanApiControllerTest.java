package jp.cityplan.app.adapter.in.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.plan.PlanId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlanWebTest
class PlanApiControllerTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComprehensivePlans plans;

    @MockitoBean
    CitizenProposals proposals;

    @BeforeEach
    void aPlanIsKept() {
        given(plans.findById(PlanFixture.PLAN_ID)).willReturn(Optional.of(PlanFixture.plan()));
        given(plans.findById(new PlanId("unknown"))).willReturn(Optional.empty());
        given(plans.summaries()).willReturn(List.of(PlanFixture.plan().summary()));
    }

    @Test
    void lists_the_plans_with_their_municipality() throws Exception {
        mvc.perform(get("/api/plans"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value("testcity"))
                .andExpect(jsonPath("$[0].title").value("テスト市長期総合計画"))
                .andExpect(jsonPath("$[0].municipality.code").value("072109"))
                .andExpect(jsonPath("$[0].municipality.name").value("二本松市"));
    }

    @Nested
    class The_whole_plan {

        @Test
        void has_its_chapters_in_order() throws Exception {
            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value("testcity"))
                    .andExpect(jsonPath("$.municipality.name").value("二本松市"))
                    .andExpect(jsonPath("$.chapters[*].kind").value(contains("INTRODUCTION", "BASIC_GOAL", "PILLAR", "APPENDIX")))
                    .andExpect(jsonPath("$.chapters[1].number").value(4))
                    .andExpect(jsonPath("$.chapters[1].title").value("基本目標4"))
                    .andExpect(jsonPath("$.chapters[2].title").value("方策の柱"))
                    .andExpect(jsonPath("$.chapters[2].name").value("みんなで創る持続可能なまち"))
                    .andExpect(jsonPath("$.chapters[0].measures", empty()));
        }

        @Test
        void has_measures_approaches_and_their_prose_with_the_note_marker() throws Exception {
            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(jsonPath("$.chapters[2].measures[*].code").value(contains("1", "3")))
                    .andExpect(jsonPath("$.chapters[2].measures[0].title").value("市政改革"))
                    .andExpect(jsonPath("$.chapters[2].measures[0].approaches[*].code").value(contains("1-1", "1-3", "1-4")))
                    .andExpect(jsonPath("$.chapters[2].measures[0].approaches[0].title").value("市政改革の推進"))
                    .andExpect(jsonPath("$.chapters[2].measures[0].approaches[0].currentSituation[0]")
                            .value("行財政を取り巻く社会状況は厳しさを増しています。"))
                    .andExpect(jsonPath("$.chapters[2].measures[0].approaches[0].basicPolicy[0]").value(containsString("サイクル※28の")));
        }

        @Test
        void has_indicators_with_their_series_and_no_invented_values() throws Exception {
            String debtRatio = "$.chapters[2].measures[1].approaches[0].indicators[0]";
            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(jsonPath(debtRatio + ".id").value("real-debt-service-ratio"))
                    .andExpect(jsonPath(debtRatio + ".title").value("実質公債費比率"))
                    .andExpect(jsonPath(debtRatio + ".unit").value("%"))
                    .andExpect(jsonPath(debtRatio + ".source").value("「財政状況資料集」（二本松市）"))
                    .andExpect(jsonPath(debtRatio + ".asOf").value("各年度"))
                    .andExpect(jsonPath(debtRatio + ".asOfRule").value("FISCAL_YEAR"))
                    .andExpect(jsonPath(debtRatio + ".series[*].key").value(contains("city", "peer")))
                    .andExpect(jsonPath(debtRatio + ".series[1].label").value("類似団体"))
                    .andExpect(jsonPath(debtRatio + ".observations", empty()))
                    .andExpect(jsonPath(debtRatio + ".targets", empty()));
        }

        @Test
        void shows_recorded_values_with_the_fiscal_year_as_people_read_it() throws Exception {
            given(plans.findById(PlanFixture.PLAN_ID)).willReturn(Optional.of(PlanFixture.planWithRecordedStaffCount()));

            String staffCount = "$.chapters[2].measures[0].approaches[0].indicators[0]";
            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(jsonPath(staffCount + ".observations[*].fiscalYear").value(contains(2023, 2024)))
                    .andExpect(jsonPath(staffCount + ".observations[1].fiscalYearName").value("令和6年度"))
                    .andExpect(jsonPath(staffCount + ".observations[1].seriesKey").value("city"))
                    .andExpect(jsonPath(staffCount + ".observations[1].value").value(1234));
        }

        @Test
        void has_the_rows_in_printed_order_with_relistings_resolved_or_marked_outside() throws Exception {
            String partnership = "$.chapters[2].measures[0].approaches[2].rows";
            String counter = "$.chapters[2].measures[1].approaches[0].rows";
            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(jsonPath(partnership + "[*].position").value(contains(1, 2, 3)))
                    .andExpect(jsonPath(partnership + "[0].kind").value("INITIATIVE"))
                    .andExpect(jsonPath(partnership + "[0].code").value("1-4.1"))
                    .andExpect(jsonPath(partnership + "[0].home").value(nullValue()))
                    .andExpect(jsonPath(partnership + "[0].resolved").value(true))
                    // a relisting of a basic goal section outside the plan: printed text, no code, unresolved
                    .andExpect(jsonPath(partnership + "[2].kind").value("RELISTING"))
                    .andExpect(jsonPath(partnership + "[2].code").value(nullValue()))
                    .andExpect(jsonPath(partnership + "[2].name").value("公園ボランティア"))
                    .andExpect(jsonPath(partnership + "[2].description").value("市民等に清掃ボランティアを募り、公園美化活動への参加を促す。"))
                    .andExpect(jsonPath(partnership + "[2].home").value("4-1-3"))
                    .andExpect(jsonPath(partnership + "[2].resolved").value(false))
                    // a relisting of an initiative of the plan: the home initiative's code and description
                    .andExpect(jsonPath(counter + "[1].kind").value("RELISTING"))
                    .andExpect(jsonPath(counter + "[1].code").value("1-3.2"))
                    .andExpect(jsonPath(counter + "[1].name").value("窓口業務の民間委託"))
                    .andExpect(jsonPath(counter + "[1].description").value("郵便局へ市民窓口コーナーの業務委託を進める。"))
                    .andExpect(jsonPath(counter + "[1].home").value("方策 1-1-3"))
                    .andExpect(jsonPath(counter + "[1].resolved").value(true));
        }

        @Test
        void stays_without_proposal_counts() throws Exception {
            given(proposals.countByInitiative()).willReturn(Map.of(new InitiativeCode("1-3.2"), 3L));

            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.chapters[2].measures[0].approaches[1].rows[1].code").value("1-3.2"))
                    .andExpect(jsonPath("$.chapters[2].measures[0].approaches[1].rows[1].proposalCount").doesNotExist())
                    .andExpect(content().string(not(containsString("proposalCount"))));
            then(proposals).should(never()).countByInitiative();
        }

        @Test
        void writes_absent_codes_and_homes_as_null_so_every_row_has_the_same_fields() throws Exception {
            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(content().string(containsString("\"code\":null")))
                    .andExpect(content().string(containsString("\"home\":null")));
        }

        @Test
        void has_the_notes() throws Exception {
            mvc.perform(get("/api/plans/testcity"))
                    .andExpect(jsonPath("$.notes[0].number").value(28))
                    .andExpect(jsonPath("$.notes[0].marker").value("※28"))
                    .andExpect(jsonPath("$.notes[0].text").value(containsString("Plan（計画）→ Do（実行）")));
        }

        @Test
        void of_an_unknown_plan_is_a_404_problem() throws Exception {
            expectNoStackTrace(mvc.perform(get("/api/plans/unknown"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("計画が見つかりません"))
                    .andExpect(jsonPath("$.detail").value("計画「unknown」はありません。"))
                    .andExpect(jsonPath("$.planId").value("unknown"))
                    .andExpect(jsonPath("$.instance").value("/api/plans/unknown")));
        }

        @Test
        void of_a_text_that_cannot_be_a_plan_id_is_a_404_problem_too() throws Exception {
            expectNoStackTrace(mvc.perform(get("/api/plans/Not_A_Plan"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON)));
        }

        @Test
        void of_an_unknown_plan_is_a_problem_for_a_client_that_accepts_json() throws Exception {
            mvc.perform(get("/api/plans/unknown").accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.title").value("計画が見つかりません"));
        }

        @Test
        void problems_speak_english_on_request() throws Exception {
            mvc.perform(get("/api/plans/unknown").param("lang", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.title").value("Plan not found"))
                    .andExpect(jsonPath("$.detail").value("There is no plan \"unknown\"."));
        }
    }

    @Nested
    class Listed_initiatives {

        @Test
        void without_filters_are_every_row_of_every_approach_in_printed_order() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(PlanFixture.ROWS)))
                    .andExpect(jsonPath("$[*].approach").value(contains("1-1", "1-3", "1-3", "1-4", "1-4", "1-4", "3-1", "3-1")))
                    .andExpect(jsonPath("$[*].position").value(contains(1, 1, 2, 1, 2, 3, 1, 2)));
        }

        @Test
        void carry_how_many_proposals_name_each_initiative_and_a_relisting_its_homes_count() throws Exception {
            given(proposals.countByInitiative()).willReturn(Map.of(new InitiativeCode("1-3.2"), 3L,
                    new InitiativeCode("1-4.1"), 1L, new InitiativeCode("9-9.9"), 5L));

            mvc.perform(get("/api/plans/testcity/initiatives"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].code").value(contains("1-1.1", "1-3.1", "1-3.2", "1-4.1", "1-4.2", null, "3-1.1", "1-3.2")))
                    // 0 where no proposal names the initiative; null for the relisting outside the plan
                    .andExpect(jsonPath("$[*].proposalCount").value(contains(0, 0, 3, 1, 0, null, 0, 3)))
                    .andExpect(jsonPath("$[7].kind").value("RELISTING"))
                    .andExpect(jsonPath("$[7].proposalCount").value(3));
        }

        @Test
        void carry_zero_counts_while_no_proposal_names_an_initiative() throws Exception {
            given(proposals.countByInitiative()).willReturn(Map.of());

            mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "1-4"))
                    .andExpect(jsonPath("$[*].proposalCount").value(contains(0, 0, null)))
                    .andExpect(content().string(containsString("\"proposalCount\":null")));
        }

        @Test
        void filtered_keep_the_counts_of_the_rows_they_list() throws Exception {
            given(proposals.countByInitiative()).willReturn(Map.of(new InitiativeCode("1-3.2"), 3L));

            mvc.perform(get("/api/plans/testcity/initiatives").param("q", "郵便局"))
                    .andExpect(jsonPath("$[*].kind").value(contains("INITIATIVE", "RELISTING")))
                    .andExpect(jsonPath("$[*].proposalCount").value(contains(3, 3)));
        }

        @Test
        void with_a_bad_filter_count_nothing() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "9-9"))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/api/plans/unknown/initiatives"))
                    .andExpect(status().isNotFound());

            then(proposals).should(never()).countByInitiative();
        }

        @Test
        void of_one_approach_are_that_approachs_rows() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "1-4"))
                    .andExpect(jsonPath("$", hasSize(3)))
                    .andExpect(jsonPath("$[*].approach", everyItem(is("1-4"))))
                    .andExpect(jsonPath("$[*].code").value(contains("1-4.1", "1-4.2", null)))
                    .andExpect(jsonPath("$[2].kind").value("RELISTING"))
                    .andExpect(jsonPath("$[2].home").value("4-1-3"))
                    .andExpect(jsonPath("$[2].resolved").value(false));
        }

        @Test
        void of_an_approach_written_in_full_width_digits_are_found_too() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "１－４"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(3)));
        }

        @Test
        void containing_a_text_are_found_by_name_or_description_in_every_approach() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("q", "ボランティア"))
                    .andExpect(jsonPath("$[*].name").value(contains("市民活動団体への支援", "公園ボランティア", "日曜日の窓口サービスの実施")));
        }

        @Test
        void of_one_approach_containing_a_text_match_both() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "1-4").param("q", "ボランティア"))
                    .andExpect(jsonPath("$[*].name").value(contains("市民活動団体への支援", "公園ボランティア")));
        }

        @Test
        void match_full_width_text_against_half_width_text() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("q", "ＮＰＯ"))
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].code").value("1-4.1"))
                    .andExpect(jsonPath("$[0].description").value(containsString("NPO")));
        }

        @Test
        void include_relistings_of_plan_initiatives_with_the_home_description() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("q", "郵便局"))
                    .andExpect(jsonPath("$[*].approach").value(contains("1-3", "3-1")))
                    .andExpect(jsonPath("$[*].code").value(contains("1-3.2", "1-3.2")))
                    .andExpect(jsonPath("$[*].kind").value(contains("INITIATIVE", "RELISTING")))
                    .andExpect(jsonPath("$[1].home").value("方策 1-1-3"))
                    .andExpect(jsonPath("$[1].resolved").value(true));
        }

        @Test
        void matching_nothing_are_an_empty_list() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("q", "該当なしの語"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", empty()));
        }

        @Test
        void with_a_blank_filter_are_not_filtered() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "").param("q", " "))
                    .andExpect(jsonPath("$", hasSize(PlanFixture.ROWS)));
        }

        @Test
        void with_an_approach_that_is_no_code_are_a_400_problem_naming_the_parameter() throws Exception {
            expectNoStackTrace(mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "x"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.title").value("パラメータの値が正しくありません"))
                    .andExpect(jsonPath("$.parameter").value("approach"))
                    .andExpect(jsonPath("$.value").value("x"))
                    .andExpect(jsonPath("$.detail").value(containsString("パラメータ「approach」の値「x」は使えません。")))
                    .andExpect(jsonPath("$.reason").value(containsString("「1-4」のように"))));
        }

        @Test
        void with_an_approach_the_plan_does_not_have_are_a_400_problem() throws Exception {
            expectNoStackTrace(mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "9-9"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("approach"))
                    .andExpect(jsonPath("$.reason").value("この計画に手法 9-9 はありません。")));
        }

        @Test
        void with_a_search_text_that_is_too_long_are_a_400_problem() throws Exception {
            expectNoStackTrace(mvc.perform(get("/api/plans/testcity/initiatives").param("q", "あ".repeat(101)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("q"))
                    .andExpect(jsonPath("$.reason").value("検索語は 100 文字以内で指定してください。")));
        }

        @Test
        void with_a_bad_filter_explain_in_english_on_request() throws Exception {
            mvc.perform(get("/api/plans/testcity/initiatives").param("approach", "x").param("lang", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Invalid parameter value"))
                    .andExpect(jsonPath("$.detail").value(containsString("Parameter \"approach\" cannot be \"x\".")));
        }

        @Test
        void of_an_unknown_plan_are_a_404_problem() throws Exception {
            expectNoStackTrace(mvc.perform(get("/api/plans/unknown/initiatives").param("approach", "1-1"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON)));
        }
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_without_its_details() throws Exception {
        given(plans.summaries()).willThrow(new IllegalStateException("database at jdbc:h2:secret is down"));

        expectNoStackTrace(mvc.perform(get("/api/plans"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("サーバーでエラーが発生しました"))
                .andExpect(content().string(not(containsString("secret")))));
    }

    private static void expectNoStackTrace(ResultActions result) throws Exception {
        result.andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("\tat "))))
                .andExpect(content().string(not(containsString("jp.cityplan"))))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
