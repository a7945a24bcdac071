package jp.cityplan.app.adapter.in.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.cityplan.app.application.dashboard.Figure;
import org.junit.jupiter.api.Test;

class ChartViewTest {

    @Test
    void barsAreScaledToTheLargestValue() {
        Figure figure = Figure.ofBars("f", "図", "説明", "件", List.of(
                new Figure.Bar("A課", new BigDecimal("4"), "/a"), new Figure.Bar("B課", new BigDecimal("1"), "/b"),
                new Figure.Bar("C課", BigDecimal.ZERO, "/c")));

        ChartView chart = ChartView.of(figure);

        assertThat(chart.bars()).extracting(ChartView.BarView::barWidth).containsExactly(300, 75, 0);
        assertThat(chart.bars()).extracting(ChartView.BarView::y).containsExactly(0, 30, 60);
        assertThat(chart.height()).isEqualTo(90);
    }

    @Test
    void linesShareOneAxisOfFiscalYearsAcrossTheirSeries() {
        Figure figure = Figure.ofLines("l", "推移", "説明", "%", List.of(
                new Figure.Line("市", List.of(new Figure.Point(2022, "令和4年度", new BigDecimal("10")),
                        new Figure.Point(2024, "令和6年度", new BigDecimal("5")))),
                new Figure.Line("類似団体", List.of(new Figure.Point(2023, "令和5年度", new BigDecimal("10"))))),
                "/open-data/indicator-values.csv");

        ChartView chart = ChartView.of(figure);

        assertThat(chart.xLabels()).extracting(ChartView.AxisLabel::text).containsExactly("令和4年度", "令和5年度", "令和6年度");
        assertThat(chart.xLabels()).extracting(ChartView.AxisLabel::x).containsExactly(60, 330, 600);
        // 10 of a top of 11: 180 * 10 / 11 = 164 above the base line at 200
        assertThat(chart.lines().get(0).points()).isEqualTo("60,36 600,118");
        assertThat(chart.lines().get(1).points()).isEqualTo("330,36");
    }
}
