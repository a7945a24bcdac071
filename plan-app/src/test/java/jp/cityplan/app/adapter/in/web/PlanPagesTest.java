package jp.cityplan.app.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

@PlanWebTest
class PlanPagesTest {

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

    @Nested
    class The_landing_page {

        @Test
        void links_to_each_plan_the_staff_webapps_and_the_api_docs() throws Exception {
            mvc.perform(get("/"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("<html lang=\"ja\">")))
                    .andExpect(content().string(containsString("<h1>長期総合計画</h1>")))
                    .andExpect(content().string(containsString("href=\"/plans/testcity\">テスト市長期総合計画</a>")))
                    .andExpect(content().string(containsString("（二本松市）")))
                    .andExpect(content().string(containsString("href=\"/camunda/app/tasklist/\"")))
                    .andExpect(content().string(containsString("href=\"/camunda/app/cockpit/\"")))
                    .andExpect(content().string(containsString("href=\"/camunda/app/admin/\"")))
                    .andExpect(content().string(containsString("href=\"/swagger-ui.html\"")))
                    .andExpect(content().string(containsString("class=\"skip-link\" href=\"#main\"")));
        }

        @Test
        void says_so_when_no_plan_is_published() throws Exception {
            given(plans.summaries()).willReturn(List.of());

            mvc.perform(get("/"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("公開している計画はまだありません。")));
        }
    }

    @Nested
    class The_plan_page {

        @Test
        void shows_the_plan_with_one_h1_and_headings_by_level() throws Exception {
            String html = page("/plans/testcity");

            assertThat(html).contains("<html lang=\"ja\">", "<title>テスト市長期総合計画 | 長期総合計画</title>");
            assertThat(count(html, "<h1")).isEqualTo(1);
            assertThat(html).contains("<h1 lang=\"ja\">テスト市長期総合計画</h1>");
            assertThat(html).containsPattern("<h2 id=\"measure-1-heading\">方策1　市政改革</h2>");
            assertThat(html).containsPattern("<h3 id=\"approach-1-1-heading\">手法1-1　市政改革の推進</h3>");
            assertThat(html).contains("<h4>現状と課題</h4>", "<h4>基本方針</h4>", "<h4>関連データ</h4>", "<h4>主な取組事項</h4>");
            assertThat(html).contains("方策の柱", "「みんなで創る持続可能なまち」");
            assertThat(html).contains("行財政を取り巻く社会状況は厳しさを増しています。");
            assertThat(headingLevels(html)).as("no heading level is skipped").allSatisfy(step -> assertThat(step).isLessThanOrEqualTo(1));
        }

        @Test
        void lists_the_chapters_and_links_to_each_measure_and_approach() throws Exception {
            String html = page("/plans/testcity");

            assertThat(html).contains("<h2 id=\"toc-heading\">目次</h2>");
            assertThat(html).contains("<span>序論</span>", "<span>基本目標4</span>", "（このページには未収録）");
            assertThat(html).contains("href=\"#measure-3\"", "href=\"#approach-3-1\"", "id=\"approach-3-1\"", "href=\"#notes\"");
        }

        @Test
        void links_the_note_marker_to_the_note_at_the_end() throws Exception {
            String html = page("/plans/testcity");

            assertThat(html).contains("PDCA マネジメントサイクル<sup class=\"note-ref\"><a href=\"#note-28\">※28</a></sup>の評価システム");
            assertThat(html).contains("<h2 id=\"notes-heading\">注釈</h2>");
            assertThat(html).contains("<dt id=\"note-28\">※28</dt>");
            assertThat(html).contains("Plan（計画）→ Do（実行）→ Check（評価）→ Act（改善）");
            assertThat(html.indexOf("id=\"note-28\"")).isGreaterThan(html.indexOf("href=\"#note-28\""));
        }

        @Test
        void shows_indicators_without_values_as_data_not_recorded() throws Exception {
            String html = page("/plans/testcity");

            assertThat(html).contains("<h5 lang=\"ja\">職員数</h5>", "<h5 lang=\"ja\">実質公債費比率</h5>");
            assertThat(html).contains("「人事行政課資料」（二本松市）", "各年4月1日現在", "「財政状況資料集」（二本松市）", "各年度");
            assertThat(html).contains("<dd lang=\"ja\">二本松市・類似団体</dd>");
            assertThat(count(html, "<strong>データ未登録</strong>")).isEqualTo(2);
            assertThat(html).doesNotContain("<table class=\"data\"");
        }

        @Test
        void shows_recorded_values_in_a_table_by_fiscal_year() throws Exception {
            given(plans.findById(PlanFixture.PLAN_ID)).willReturn(Optional.of(PlanFixture.planWithRecordedStaffCount()));

            String html = page("/plans/testcity");

            assertThat(html).contains("<caption>職員数（単位：人）</caption>");
            assertThat(html).contains("<th scope=\"row\">令和5年度</th>", "<th scope=\"row\">令和6年度</th>", ">1,234</td>");
            assertThat(count(html, "<strong>データ未登録</strong>")).as("the debt ratio still has none").isEqualTo(1);
        }

        @Test
        void shows_the_initiative_table_with_caption_and_header_scopes() throws Exception {
            String html = page("/plans/testcity");

            assertThat(html).contains("<caption>主な取組事項（手法1-4　市民との協働）</caption>");
            assertThat(html).contains("<th scope=\"col\">事業名</th>", "<th scope=\"col\">事業内容</th>");
            assertThat(html).contains("<tr id=\"initiative-1-4.1\">");
            assertThat(html).contains("<td lang=\"ja\">NPO やボランティア団体の活動を支援する。</td>");
        }

        @Test
        void marks_a_relisting_of_a_plan_initiative_and_links_it_to_the_home_row() throws Exception {
            String html = page("/plans/testcity");

            assertThat(html).contains("<tr id=\"initiative-1-3.2\">");
            assertThat(html).contains("（再掲：<a href=\"#initiative-1-3.2\">方策 1-1-3</a> 掲載）");
            assertThat(count(html, "<td lang=\"ja\">郵便局へ市民窓口コーナーの業務委託を進める。</td>"))
                    .as("the relisting shows the home initiative's description").isEqualTo(2);
        }

        @Test
        void marks_a_relisting_of_a_section_outside_the_plan_as_an_outside_reference() throws Exception {
            String html = page("/plans/testcity");

            assertThat(html).contains("再掲：4-1-3（基本目標4）掲載・本計画のこの章には未収録");
            assertThat(html).doesNotContain("href=\"#initiative-null\"", "id=\"initiative-null\"");
            assertThat(html).contains("<td lang=\"ja\">市民等に清掃ボランティアを募り、公園美化活動への参加を促す。</td>");
        }

        @Test
        void is_a_japanese_404_page_for_an_unknown_plan() throws Exception {
            mvc.perform(get("/plans/unknown"))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("plan-not-found"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("<html lang=\"ja\">")))
                    .andExpect(content().string(containsString("<h1>計画が見つかりません</h1>")))
                    .andExpect(content().string(containsString("計画「unknown」は見つかりませんでした。")));
        }

        @Test
        void is_a_404_page_for_a_text_that_cannot_be_a_plan_id_and_escapes_it() throws Exception {
            mvc.perform(get("/plans/<script>"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("<script>"))))
                    .andExpect(content().string(containsString("&lt;script&gt;")));
        }
    }

    @Nested
    class Citizen_proposal_counts {

        /** 1-3.2 is named by three proposals (and relisted in 3-1), 1-4.1 by one; 9-9.9 is no initiative of the plan. */
        @BeforeEach
        void proposalsNameSomeInitiatives() {
            given(proposals.countByInitiative()).willReturn(Map.of(new InitiativeCode("1-3.2"), 3L,
                    new InitiativeCode("1-4.1"), 1L, new InitiativeCode("9-9.9"), 5L));
        }

        @Test
        void have_their_own_column_with_a_header_in_every_initiative_table() throws Exception {
            String html = page("/plans/testcity");

            assertThat(count(html, "<th scope=\"col\">市民提案</th>")).as("one per approach table").isEqualTo(4);
            assertThat(count(html, "<td class=\"number proposals\"")).as("one per row").isEqualTo(PlanFixture.ROWS);
        }

        @Test
        void show_how_many_proposals_name_each_initiative() throws Exception {
            String html = page("/plans/testcity");

            assertThat(row(html, "<tr id=\"initiative-1-3.2\">")).contains("<td class=\"number proposals\">3件</td>");
            assertThat(row(html, "<tr id=\"initiative-1-4.1\">")).contains("<td class=\"number proposals\">1件</td>");
            assertThat(html).as("a count of a code the plan lacks shows nowhere").doesNotContain(">5件<");
        }

        @Test
        void show_the_home_initiatives_count_on_a_relisting_of_a_plan_initiative() throws Exception {
            String html = page("/plans/testcity");

            String relisting = row(html, "<a href=\"#initiative-1-3.2\">方策 1-1-3</a>");
            assertThat(relisting).startsWith("<tr class=\"relisting\">");
            assertThat(relisting).contains("<td class=\"number proposals\">3件</td>");
            assertThat(count(html, "<td class=\"number proposals\">3件</td>")).as("home and relisting").isEqualTo(2);
        }

        @Test
        void show_zero_for_an_initiative_no_proposal_names() throws Exception {
            String html = page("/plans/testcity");

            assertThat(row(html, "<tr id=\"initiative-1-1.1\">")).contains("<td class=\"number proposals\">0件</td>");
            assertThat(row(html, "<tr id=\"initiative-1-3.1\">")).contains("<td class=\"number proposals\">0件</td>");
            assertThat(count(html, "<td class=\"number proposals\">0件</td>")).isEqualTo(4);
        }

        @Test
        void are_zero_everywhere_while_no_proposal_names_an_initiative() throws Exception {
            given(proposals.countByInitiative()).willReturn(Map.of());

            String html = page("/plans/testcity");

            assertThat(count(html, "<td class=\"number proposals\">0件</td>"))
                    .as("every row but the relisting outside the plan").isEqualTo(PlanFixture.ROWS - 1);
        }

        @Test
        void are_a_dash_with_words_for_screen_readers_on_a_relisting_outside_the_plan() throws Exception {
            String html = page("/plans/testcity");

            assertThat(row(html, "公園ボランティア")).contains("<td class=\"number proposals\"><span aria-hidden=\"true\">―</span>"
                    + "<span class=\"visually-hidden\">本計画に収録されていない取組のため件数なし</span></td>");
        }

        @Test
        void speak_english_on_request() throws Exception {
            String html = mvc.perform(get("/plans/testcity").param("lang", "en"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();

            assertThat(html).contains("<th scope=\"col\">Citizen proposals</th>");
            assertThat(row(html, "<tr id=\"initiative-1-3.2\">")).contains("<td class=\"number proposals\">3</td>");
            assertThat(row(html, "<tr id=\"initiative-1-1.1\">")).contains("<td class=\"number proposals\">0</td>");
            assertThat(html).contains("<span class=\"visually-hidden\">Not counted: the initiative is not in this plan</span>");
        }

        @Test
        void are_not_counted_for_an_unknown_plan() throws Exception {
            mvc.perform(get("/plans/unknown")).andExpect(status().isNotFound());

            then(proposals).should(never()).countByInitiative();
        }
    }

    @Nested
    class In_english {

        @Test
        void pages_switch_to_english_with_lang_en_and_remember_it_in_a_cookie() throws Exception {
            mvc.perform(get("/plans/testcity").param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(cookie().value("lang", "en"))
                    .andExpect(content().string(containsString("<html lang=\"en\">")))
                    .andExpect(content().string(containsString("Current situation and issues")))
                    .andExpect(content().string(containsString("<h1 lang=\"ja\">テスト市長期総合計画</h1>")))
                    .andExpect(content().string(containsString("No data recorded")))
                    .andExpect(content().string(containsString("(listed again; home section: 4-1-3 (基本目標4), not included in this chapter of the plan)")))
                    .andExpect(content().string(containsString("lang=\"ja\" hreflang=\"ja\">日本語</a>")));
        }

        @Test
        void the_cookie_keeps_english_on_the_next_page() throws Exception {
            mvc.perform(get("/").cookie(new Cookie("lang", "en")))
                    .andExpect(content().string(containsString("<html lang=\"en\">")))
                    .andExpect(content().string(containsString("For staff")));
        }

        @Test
        void the_404_page_too() throws Exception {
            mvc.perform(get("/plans/unknown").param("lang", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("<h1>Plan not found</h1>")));
        }

        @Test
        void an_unsupported_language_falls_back_to_japanese_texts_and_says_so() throws Exception {
            mvc.perform(get("/").param("lang", "fr"))
                    .andExpect(content().string(containsString("<html lang=\"ja\">")))
                    .andExpect(content().string(containsString("<h1>長期総合計画</h1>")));
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
    }

    /** The table row ({@code <tr>…</tr>}) that holds the text. */
    private static String row(String html, String text) {
        int at = html.indexOf(text);
        assertThat(at).as("the page holds %s", text).isNotNegative();
        int start = html.lastIndexOf("<tr", at);
        return html.substring(start, html.indexOf("</tr>", at) + "</tr>".length());
    }

    private static int count(String html, String text) {
        int count = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    /** How far each heading goes down from the one before it (2 would skip a level). */
    private static List<Integer> headingLevels(String html) {
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(html);
        List<Integer> steps = new java.util.ArrayList<>();
        int previous = 0;
        while (heading.find()) {
            int level = Integer.parseInt(heading.group(1));
            steps.add(level - previous);
            previous = level;
        }
        return steps;
    }
}
