package jp.cityplan.app.adapter.in.web.committee;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import jp.cityplan.app.config.security.SecurityConfiguration;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.CommitteeRecruitments;
import jp.cityplan.domain.committee.Lottery;
import jp.cityplan.domain.committee.LotteryDraw;
import jp.cityplan.domain.committee.RecruitmentId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone reads a drawn lottery (seed, witnesses, list, result) without signing in; no draw yet is 404. */
@WebMvcTest(useDefaultFilters = false)
@Import({LotteryApiController.class, SecurityConfiguration.class})
class LotteryApiControllerTest {

    private static final List<ApplicationNumber> LIST = List.of(new ApplicationNumber("A2026-00001"),
            new ApplicationNumber("A2026-00002"), new ApplicationNumber("A2026-00003"), new ApplicationNumber("A2026-00004"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommitteeRecruitments recruitments;

    @Test
    void a_drawn_lottery_is_public_with_what_anyone_needs_to_re_run_it() throws Exception {
        CommitteeRecruitment drawn = mock(CommitteeRecruitment.class);
        when(drawn.lottery()).thenReturn(Optional.of(LotteryDraw.of("3-6-1-4", "安達 一郎、岳 花子", LIST, 2)));
        when(recruitments.find(new RecruitmentId("R2026-001"))).thenReturn(Optional.of(drawn));
        List<ApplicationNumber> expected = Lottery.draw("3-6-1-4", LIST, 2);

        mvc.perform(get("/api/recruitments/R2026-001/lottery"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value("3-6-1-4"))
                .andExpect(jsonPath("$.witnesses").value("安達 一郎、岳 花子"))
                .andExpect(jsonPath("$.list.length()").value(4))
                .andExpect(jsonPath("$.seats").value(2))
                .andExpect(jsonPath("$.chosen[0]").value(expected.get(0).value()))
                .andExpect(jsonPath("$.chosen[1]").value(expected.get(1).value()));
    }

    @Test
    void a_recruitment_without_a_draw_or_an_unknown_one_is_not_found() throws Exception {
        CommitteeRecruitment open = mock(CommitteeRecruitment.class);
        when(open.lottery()).thenReturn(Optional.empty());
        when(recruitments.find(new RecruitmentId("R2026-002"))).thenReturn(Optional.of(open));
        when(recruitments.find(new RecruitmentId("R2026-009"))).thenReturn(Optional.empty());

        mvc.perform(get("/api/recruitments/R2026-002/lottery")).andExpect(status().isNotFound());
        mvc.perform(get("/api/recruitments/R2026-009/lottery")).andExpect(status().isNotFound());
        mvc.perform(get("/api/recruitments/not-an-id/lottery")).andExpect(status().isNotFound());
    }
}
