package jp.cityplan.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Map;
import jp.cityplan.domain.shared.FieldProblem;
import jp.cityplan.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class EvaluationSheetFieldsTest {

    @Test
    void aCompleteSheetIsReadWithItsIndicatorsCostAndScores() {
        EvaluationSheet sheet = EvaluationSheetFields.read(EvaluationFixtures.sheetFields("IMPROVE"));

        assertThat(sheet.purpose().means()).isEqualTo("EBPM研修の開催");
        assertThat(sheet.indicatorsOf(IndicatorKind.ACTIVITY)).singleElement()
                .satisfies(i -> assertThat(i.achievementRate()).contains(new BigDecimal("80.0")));
        assertThat(sheet.indicatorsOf(IndicatorKind.OUTCOME)).singleElement()
                .satisfies(i -> assertThat(i.achievementRate()).contains(new BigDecimal("90.0")));
        assertThat(sheet.meanAchievementRate()).contains(new BigDecimal("85.0"));
        assertThat(sheet.cost().amountFrom(FundingSource.GENERAL)).isEqualTo(1_200_000L);
        assertThat(sheet.cost().amountFrom(FundingSource.MUNICIPAL_BOND)).isZero();
        assertThat(sheet.cost().totalProjectCostYen()).isEqualTo(1_300_000L);
        assertThat(sheet.cost().staffYears()).isEqualByComparingTo("0.5");
        assertThat(sheet.assessment().scoreOf(Criterion.ACHIEVEMENT)).isEqualTo(new Score(3));
        assertThat(sheet.assessment().total()).isEqualTo(17);
        assertThat(sheet.direction()).isEqualTo(Direction.IMPROVE);
    }

    @Test
    void everyBadFieldIsNamedWithItsReasonInJapanese() {
        Map<String, String> fields = EvaluationFixtures.sheetFields("GROW");
        fields.remove("purposeMeans");
        fields.put("activityActual", "八");
        fields.put("scoreFairness", "5");
        fields.put("costGeneral", "-1");
        fields.put("staffYears", "");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> EvaluationSheetFields.read(fields));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "purposeMeans", "activityActual", "scoreFairness", "costGeneral", "staffYears", "direction");
        assertThat(refused.problems()).filteredOn(p -> p.field().equals("scoreFairness")).singleElement()
                .extracting(FieldProblem::reason).asString().contains("公平性").contains("4から1");
        assertThat(refused.problems()).filteredOn(p -> p.field().equals("direction")).singleElement()
                .extracting(FieldProblem::reason).asString().contains("GROW");
    }

    @Test
    void aZeroTargetHasNoAchievementRate() {
        PerformanceIndicator indicator = new PerformanceIndicator(IndicatorKind.ACTIVITY, "相談件数", "件",
                BigDecimal.ZERO, BigDecimal.TEN);

        assertThat(indicator.achievementRate()).isEmpty();
    }

    @Test
    void theAchievementRateIsRoundedHalfUpToOneDecimal() {
        PerformanceIndicator indicator = new PerformanceIndicator(IndicatorKind.OUTCOME, "満足度", "%",
                new BigDecimal("3"), new BigDecimal("2"));

        assertThat(indicator.achievementRate()).contains(new BigDecimal("66.7"));
    }

    @Test
    void theFieldNamesListEveryFieldOnce() {
        assertThat(EvaluationSheetFields.names()).doesNotHaveDuplicates().hasSize(25)
                .containsAll(EvaluationFixtures.sheetFields("CONTINUE").keySet());
    }

    @Test
    void everyFieldHasAJapaneseLabel() {
        assertThat(EvaluationSheetFields.names()).allSatisfy(field -> assertThat(EvaluationSheetFields.label(field))
                .isNotEqualTo(field).matches(label -> label.codePoints().anyMatch(c -> c > 0x3000), "is Japanese"));
    }
}
