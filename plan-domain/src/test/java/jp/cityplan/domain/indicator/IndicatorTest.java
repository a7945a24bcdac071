package jp.cityplan.domain.indicator;

import static jp.cityplan.domain.plan.PlanFixtures.debtServiceRatio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An indicator (関連データ)")
class IndicatorTest {

    private static Observation city(int year, String value) {
        return new Observation("city", FiscalYear.of(year), new BigDecimal(value));
    }

    private static Observation peers(int year, String value) {
        return new Observation("peer-group", FiscalYear.of(year), new BigDecimal(value));
    }

    private static Indicator staffCount() {
        return new Indicator(new IndicatorId("staff-count"), "職員数", "人", "「人事行政課資料」（二本松市）", "各年4月1日現在",
                AsOfRule.APRIL_1, List.of(new Series("city", "二本松市")), List.of(), List.of());
    }

    @Test
    void as_shipped_holds_no_values() {
        assertThat(debtServiceRatio().observations()).isEmpty();
        assertThat(debtServiceRatio().latest("city")).isEmpty();
    }

    @Test
    void recording_a_value_adds_it_and_keeps_values_in_year_then_series_order() {
        Indicator recorded = debtServiceRatio()
                .record(city(2023, "9.1"))
                .record(peers(2021, "7.4"))
                .record(city(2021, "10.2"))
                .record(peers(2023, "7.0"));

        assertThat(recorded.observations())
                .extracting(o -> o.fiscalYear().year(), Observation::seriesKey, Observation::value)
                .containsExactly(
                        tuple(2021, "city", new BigDecimal("10.2")),
                        tuple(2021, "peer-group", new BigDecimal("7.4")),
                        tuple(2023, "city", new BigDecimal("9.1")),
                        tuple(2023, "peer-group", new BigDecimal("7.0")));
    }

    @Test
    void recording_leaves_the_original_indicator_as_it_was() {
        Indicator shipped = debtServiceRatio();

        Indicator recorded = shipped.record(city(2023, "9.1"));

        assertThat(shipped.observations()).isEmpty();
        assertThat(recorded.observations()).hasSize(1);
        assertThat(recorded.id()).isEqualTo(shipped.id());
    }

    @Test
    void a_second_value_for_the_same_series_and_year_is_refused() {
        Indicator recorded = debtServiceRatio().record(city(2023, "9.1"));

        assertThatThrownBy(() -> recorded.record(city(2023, "9.3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indicator real-debt-service-ratio has two values for the same series and fiscal year");
    }

    @Test
    void the_same_year_for_another_series_is_accepted() {
        Indicator recorded = debtServiceRatio().record(city(2023, "9.1")).record(peers(2023, "7.0"));

        assertThat(recorded.observations()).hasSize(2);
    }

    @Test
    void a_value_for_a_series_the_indicator_does_not_have_is_refused() {
        Observation prefecture = new Observation("prefecture", FiscalYear.of(2023), new BigDecimal("8.0"));

        assertThatThrownBy(() -> debtServiceRatio().record(prefecture))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indicator real-debt-service-ratio has no series 'prefecture'");
    }

    @Test
    void a_target_for_a_series_the_indicator_does_not_have_is_refused() {
        List<Target> targets = List.of(new Target("prefecture", FiscalYear.of(2027), new BigDecimal("8.0")));

        assertThatThrownBy(() -> new Indicator(new IndicatorId("staff-count"), "職員数", "人", "人事行政課資料",
                "各年4月1日現在", AsOfRule.APRIL_1, List.of(new Series("city", "二本松市")), List.of(), targets))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no series 'prefecture'");
    }

    @Test
    void an_indicator_needs_at_least_one_series_and_no_two_with_the_same_key() {
        assertThatThrownBy(() -> new Indicator(new IndicatorId("staff-count"), "職員数", "人", "人事行政課資料",
                "各年4月1日現在", AsOfRule.APRIL_1, List.of(), List.of(), List.of()))
                .hasMessageContaining("indicator staff-count needs at least one series");
        assertThatThrownBy(() -> new Indicator(new IndicatorId("staff-count"), "職員数", "人", "人事行政課資料",
                "各年4月1日現在", AsOfRule.APRIL_1,
                List.of(new Series("city", "二本松市"), new Series("city", "二本松市 (再)")), List.of(), List.of()))
                .hasMessageContaining("indicator staff-count has two series with the same key");
    }

    @Test
    void an_indicator_with_a_peer_group_is_a_comparison() {
        assertThat(debtServiceRatio().isComparison()).isTrue();
        assertThat(staffCount().isComparison()).isFalse();
    }

    @Test
    void the_latest_value_of_a_series_is_that_of_its_latest_fiscal_year() {
        Indicator recorded = debtServiceRatio()
                .record(city(2023, "9.1"))
                .record(city(2021, "10.2"))
                .record(peers(2024, "6.9"));

        assertThat(recorded.latest("city")).map(Observation::value).contains(new BigDecimal("9.1"));
        assertThat(recorded.latest("peer-group")).map(Observation::fiscalYear).contains(FiscalYear.of(2024));
        assertThat(recorded.observationsOf("city")).extracting(Observation::fiscalYear)
                .containsExactly(FiscalYear.of(2021), FiscalYear.of(2023));
    }

    @Test
    void a_value_taken_on_april_1_stands_for_the_first_day_of_the_fiscal_year() {
        assertThat(AsOfRule.APRIL_1.dateFor(FiscalYear.of(2025))).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void a_value_for_the_whole_fiscal_year_or_its_end_stands_for_march_31_of_the_next_year() {
        assertThat(AsOfRule.FISCAL_YEAR.dateFor(FiscalYear.of(2025))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(AsOfRule.MARCH_31.dateFor(FiscalYear.of(2025))).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void ids_and_series_keys_are_lower_case_slugs() {
        assertThat(new IndicatorId("staff-count")).hasToString("staff-count");
        assertThatThrownBy(() -> new IndicatorId("Staff Count")).hasMessageContaining("indicator id 'Staff Count' does not match");
        assertThatThrownBy(() -> new Series("類似団体", "類似団体")).hasMessageContaining("series key '類似団体' does not match");
    }
}
