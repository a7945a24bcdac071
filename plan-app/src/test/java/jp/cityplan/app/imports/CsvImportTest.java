package jp.cityplan.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jp.cityplan.app.evaluation.EvaluationAppTest;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.Direction;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationState;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** CSV imports over the whole app: good rows stored, bad rows reported, a second import duplicating nothing. */
@EvaluationAppTest
class CsvImportTest {

    private static final RequestPostProcessor FINANCE = user("zaisei").authorities(() -> "GROUP_div-finance");
    private static final RequestPostProcessor PLANNING = user("seisaku").authorities(() -> "GROUP_div-policy-promotion");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdministrativeEvaluations evaluations;

    private String upload(String kind, MockMultipartFile file, RequestPostProcessor staff) throws Exception {
        String location = mvc.perform(multipart("/staff/imports").file(file).param("kind", kind)
                        .param("plan", "nihonmatsu").with(staff).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/imports/");
        return mvc.perform(get(location).with(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int entries(String indicator, String series) {
        return jdbc.queryForObject("select count(*) from indicator_observation_entry where indicator_id = ?"
                + " and series_key = ? and fiscal_year between 2010 and 2012", Integer.class, indicator, series);
    }

    @Test
    void aShiftJisFileOfIndicatorValuesIsStoredRowByRowAndItsBadRowsReported() throws Exception {
        String csv = """
                指標ID,系列ID,年度,値,出典
                staff-count,city,2010,530,人事行政課資料（平成22年4月1日現在）
                staff-count,city,2011,525,人事行政課資料
                real-debt-service-ratio,prefecture,2011,9.1,財政状況資料集
                real-debt-service-ratio,peer-group,2011,abc,財政状況資料集
                real-debt-service-ratio,peer-group,2012,8.8,"財政状況資料集（類似団体, 平成24年度）"
                """;
        MockMultipartFile file = new MockMultipartFile("file", "指標.csv", "text/csv",
                csv.getBytes(Charset.forName("windows-31j")));

        String page = upload("OBSERVATIONS", file, FINANCE);

        assertThat(page).contains("完了").contains("5 / 5 行を処理").contains("登録 3 行").contains("不備 2 行")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(page).containsPattern("<td>4</td>\\s*<td>系列ID</td>\\s*<td>指標「実質公債費比率」に系列「prefecture」はありません</td>");
        assertThat(page).containsPattern("<td>5</td>\\s*<td>値</td>\\s*<td>数値で入力してください");
        assertThat(entries("staff-count", "city")).isEqualTo(2);
        assertThat(entries("real-debt-service-ratio", "peer-group")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select source from indicator_observation_entry where indicator_id ="
                + " 'real-debt-service-ratio' and fiscal_year = 2012", String.class))
                .isEqualTo("財政状況資料集（類似団体, 平成24年度）");
        assertThat(jdbc.queryForObject("select entered_by from indicator_observation_entry where indicator_id ="
                + " 'staff-count' and fiscal_year = 2010", String.class)).isEqualTo("zaisei");

        String again = upload("OBSERVATIONS", file, FINANCE);

        assertThat(again).contains("登録 3 行");
        assertThat(entries("staff-count", "city")).as("nothing twice").isEqualTo(2);
        assertThat(entries("real-debt-service-ratio", "peer-group")).isEqualTo(1);
    }

    @Test
    void evaluationResultsInUtf8WithBomAreConfirmedAndAnotherImportReplacesThem() throws Exception {
        AdministrativeEvaluation inWorkflow = AdministrativeEvaluation.open(new PlanId("nihonmatsu"),
                new InitiativeCode("2-1.1"), FiscalYear.of(2020), "div-administration");
        evaluations.save(inWorkflow);
        String header = "取組ID,年度,担当課,目的,対象,意図,手段,活動指標名,活動指標の単位,活動指標の目標値,活動指標の実績値,"
                + "成果指標名,成果指標の単位,成果指標の目標値,成果指標の実績値,一般財源（円）,従事職員数（人工）,"
                + "必要性,有効性,効率性,公平性,達成度,今後の方向性,所見";
        String good = "1-1.3,2020,div-policy-promotion,進行管理,全事業,成果重視,評価の実施,評価した事業数,事業,60,54,"
                + "改善した事業の割合,%,20,18,500000,1.5,4,3,3,4,3,継続,引き続き実施する";
        String badScore = good.replace("1-1.3,", "1-1.4,").replace(",4,3,3,4,3,", ",4,3,3,5,3,");
        String unknown = good.replace("1-1.3,", "9-9.9,");
        String working = good.replace("1-1.3,", "2-1.1,");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = String.join("\r\n", header, good, badScore, unknown, working).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        MockMultipartFile file = new MockMultipartFile("file", "評価結果.csv", "text/csv", withBom);

        mvc.perform(multipart("/staff/imports").file(file).param("kind", "EVALUATIONS").param("plan", "nihonmatsu")
                .with(FINANCE).with(csrf())).andExpect(status().isForbidden());
        String page = upload("EVALUATIONS", file, PLANNING);

        assertThat(page).contains("登録 1 行").contains("不備 3 行");
        assertThat(page).containsPattern("<td>3</td>\\s*<td>公平性</td>\\s*<td>公平性は4から1の点数で入力してください");
        assertThat(page).containsPattern("<td>4</td>\\s*<td>取組ID</td>\\s*<td>計画に取組「9-9.9」はありません");
        assertThat(page).containsPattern("<td>5</td>\\s*<td>取組ID</td>\\s*<td>この取組の令和2年度の評価はワークフローで作業中");
        AdministrativeEvaluation imported = evaluations.findById(new EvaluationId("E2020-1-1.3")).orElseThrow();
        assertThat(imported.state()).isEqualTo(EvaluationState.CONFIRMED);
        assertThat(imported.sheet().orElseThrow().direction()).isEqualTo(Direction.CONTINUE);
        assertThat(evaluations.findById(new EvaluationId("E2020-1-1.4"))).isEmpty();

        upload("EVALUATIONS", new MockMultipartFile("file", "評価結果.csv", "text/csv",
                String.join("\n", header, good.replace(",継続,", ",拡充,")).getBytes(StandardCharsets.UTF_8)), PLANNING);

        assertThat(jdbc.queryForObject("select count(*) from evaluation_sheet where initiative_code = '1-1.3'"
                + " and fiscal_year = 2020", Integer.class)).isEqualTo(1);
        assertThat(evaluations.findById(new EvaluationId("E2020-1-1.3")).orElseThrow().sheet().orElseThrow().direction())
                .isEqualTo(Direction.EXPAND);
    }

    @Test
    void theImportPageOffersBothKindsAndRefusesAnEmptyUpload() throws Exception {
        String page = mvc.perform(get("/staff/imports").with(FINANCE)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("指標の値").contains("行政評価の結果").contains("name=\"_csrf\"");

        String refused = mvc.perform(multipart("/staff/imports")
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .param("kind", "OBSERVATIONS").param("plan", "nihonmatsu").with(FINANCE).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("取り込むCSVファイルを選んでください。");
        mvc.perform(get("/staff/imports")).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }
}
