package jp.cityplan.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.PlanFixtures;
import jp.cityplan.domain.shared.FieldProblem;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ObservationFieldsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final ComprehensivePlan plan = PlanFixtures.plan();

    private static Map<String, String> fields(String series, String year, String value) {
        Map<String, String> fields = new HashMap<>();
        fields.put("indicatorId", "real-debt-service-ratio");
        fields.put("seriesKey", series);
        fields.put("fiscalYear", year);
        fields.put("value", value);
        fields.put("source", "「財政状況資料集」（二本松市）令和6年度版");
        return fields;
    }

    @Test
    void aValueForTheCityOrItsPeerGroupIsAcceptedWithItsSource() {
        ObservationEntry entry = ObservationFields.read(fields("peer-group", "2024", "7.1"), plan, "zaisei", NOW, TODAY);

        assertThat(entry.indicator()).isEqualTo(PlanFixtures.DEBT_SERVICE_RATIO);
        assertThat(entry.observation()).isEqualTo(
                new Observation("peer-group", FiscalYear.of(2024), new java.math.BigDecimal("7.1")));
        assertThat(entry.source()).contains("令和6年度版");
        assertThat(entry.enteredBy()).isEqualTo("zaisei");
    }

    @Test
    void anUnknownSeriesAFutureYearAndANegativeValueAreEachNamed() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ObservationFields.read(fields("prefecture", "2027", "-0.5"), plan, "zaisei", NOW, TODAY));

        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactly("seriesKey", "fiscalYear", "value");
        assertThat(refused.problems().get(0).reason()).contains("実質公債費比率").contains("prefecture");
    }

    @Test
    void anIndicatorThePlanDoesNotHaveIsRefusedAndTheSourceIsRequired() {
        Map<String, String> fields = fields("city", "2024", "5");
        fields.put("indicatorId", "population");
        fields.put("source", " ");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ObservationFields.read(fields, plan, "zaisei", NOW, TODAY));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("indicatorId", "source");
    }

    @Test
    void aHeadcountMustBeAWholeNumber() {
        Indicator staff = new Indicator(new IndicatorId("staff-count"), "職員数", "人", "「人事行政課資料」", "各年4月1日現在",
                AsOfRule.APRIL_1, List.of(new Series("city", "二本松市")), List.of(), List.of());
        ComprehensivePlan withStaff = PlanFixtures.planWithMeasures(List.of(PlanFixtures.cityReform(
                PlanFixtures.reformPromotion(PlanFixtures.reformPromotionRows(), List.of(staff)))));
        Map<String, String> fields = fields("city", "2025", "512.5");
        fields.put("indicatorId", "staff-count");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ObservationFields.read(fields, withStaff, "jinji", NOW, TODAY));

        assertThat(refused.problems()).singleElement().extracting(FieldProblem::reason).asString().contains("整数");
    }

    @Test
    void aValueKeepsItsDecimalsUpToFour() {
        ObservationEntry entry = ObservationFields.read(fields("city", "2024", "9.0"), plan, "zaisei", NOW, TODAY);
        assertThat(entry.observation().value().toPlainString()).isEqualTo("9.0");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ObservationFields.read(fields("city", "2024", "9.12345"), plan, "zaisei", NOW, TODAY));
        assertThat(refused.problems()).singleElement().extracting(FieldProblem::reason).asString().contains("4桁");
    }
}
