package jp.cityplan.app.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.cityplan.app.adapter.in.planfile.PlanFileReader;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.plan.PlanId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The plan the app ships (read from its plan file) as the API and the page show it. */
@PlanWebTest
class ShippedPlanPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComprehensivePlans plans;

    @MockitoBean
    CitizenProposals proposals;

    @BeforeEach
    void theShippedPlanIsKept() throws IOException {
        ComprehensivePlan nihonmatsu;
        try (InputStream in = getClass().getResourceAsStream("/plans/nihonmatsu.plan.yaml")) {
            nihonmatsu = new PlanFileReader().read("nihonmatsu.plan.yaml", in);
        }
        given(plans.findById(new PlanId("nihonmatsu"))).willReturn(Optional.of(nihonmatsu));
    }

    @Test
    void the_page_shows_every_row_with_one_resolved_and_four_outside_relistings() throws Exception {
        String html = mvc.perform(get("/plans/nihonmatsu"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<h1 lang=\"ja\">二本松市長期総合計画</h1>");
        assertThat(count(html, "<h2 id=\"measure-")).isEqualTo(4);
        assertThat(count(html, "<h3 id=\"approach-")).isEqualTo(9);
        assertThat(count(html, "<tr id=\"initiative-")).isEqualTo(62);
        assertThat(count(html, "<tr class=\"relisting\">")).isEqualTo(5);
        assertThat(html).contains("（再掲：<a href=\"#initiative-1-3.2\">方策 1-1-3</a> 掲載）", "<tr id=\"initiative-1-3.2\">");
        assertThat(html).contains("（再掲：4-1-3（基本目標4）掲載・本計画のこの章には未収録）",
                "（再掲：2-1-1（基本目標2）掲載・本計画のこの章には未収録）",
                "（再掲：4-3-2（基本目標4）掲載・本計画のこの章には未収録）",
                "（再掲：3-2-2（基本目標3）掲載・本計画のこの章には未収録）");
        assertThat(html).contains("<a href=\"#note-28\">※28</a>", "<dt id=\"note-28\">※28</dt>");
        assertThat(html).contains("<h5 lang=\"ja\">職員数</h5>", "<h5 lang=\"ja\">実質公債費比率</h5>", "<dd lang=\"ja\">二本松市・類似団体</dd>");
        assertThat(count(html, "<strong>データ未登録</strong>")).isEqualTo(2);
        // no proposal yet: 0 on the 62 rows and the resolved relisting, none on the four relistings outside the plan
        assertThat(count(html, "<td class=\"number proposals\">0件</td>")).isEqualTo(63);
        assertThat(count(html, "<span class=\"visually-hidden\">本計画に収録されていない取組のため件数なし</span>")).isEqualTo(4);
    }

    @Test
    void the_api_lists_sixty_seven_rows_and_finds_volunteers() throws Exception {
        mvc.perform(get("/api/plans/nihonmatsu/initiatives"))
                .andExpect(jsonPath("$", hasSize(67)));
        mvc.perform(get("/api/plans/nihonmatsu/initiatives").param("approach", "3-1").param("q", "窓口業務"))
                .andExpect(jsonPath("$[*].code").value(contains("1-3.2")))
                .andExpect(jsonPath("$[0].kind").value("RELISTING"));
    }

    private static int count(String html, String text) {
        int count = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }
}
