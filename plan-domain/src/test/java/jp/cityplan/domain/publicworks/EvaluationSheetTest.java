package jp.cityplan.domain.publicworks;

import static jp.cityplan.domain.publicworks.PublicWorksFixtures.FY2025;
import static jp.cityplan.domain.publicworks.PublicWorksFixtures.goodSheet;
import static jp.cityplan.domain.publicworks.PublicWorksFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The evaluation sheet")
class EvaluationSheetTest {

    private static InvalidPublicWorksInputException refused(SheetDraft draft, FiscalYear adoptedIn) {
        return (InvalidPublicWorksInputException) org.assertj.core.api.Assertions
                .catchThrowable(() -> EvaluationSheet.from(draft, adoptedIn));
    }

    @Test
    void computes_benefit_cost_ratio_from_its_parts_cut_off_at_two_decimals() {
        EvaluationSheet sheet = EvaluationSheet.from(sheet(1_100_000_000L, 100_000_000L), FY2025);

        assertThat(sheet.benefitCost().benefits()).isEqualTo(Yen.of(1_600_000_000L));
        assertThat(sheet.benefitCost().costs()).isEqualTo(Yen.of(1_200_000_000L));
        assertThat(sheet.benefitCostRatio()).isEqualByComparingTo(new BigDecimal("1.33"));
    }

    @Test
    void keeps_the_ticked_non_monetary_effects() {
        assertThat(EvaluationSheet.from(goodSheet(), FY2025).nonMonetaryEffects())
                .containsExactlyInAnyOrder(NonMonetaryEffect.SAFETY, NonMonetaryEffect.ACCESSIBILITY);
    }

    @Test
    void refuses_costs_of_zero_because_b_over_c_would_mean_nothing() {
        assertThat(refused(sheet(0L, 0L), FY2025).violations())
                .containsExactly(new FieldViolation("constructionCostYen", FieldViolation.Reason.ZERO_COST));
        assertThatThrownBy(() -> new BenefitCost(Yen.of(1), Yen.ZERO, Yen.ZERO, Yen.ZERO))
                .isInstanceOf(InvalidPublicWorksInputException.class);
    }

    @Test
    void names_every_missing_or_negative_cost_at_once() {
        assertThat(refused(sheet(-1L, null), FY2025).violations()).containsExactlyInAnyOrder(
                new FieldViolation("constructionCostYen", FieldViolation.Reason.NEGATIVE),
                new FieldViolation("maintenanceCostYen", FieldViolation.Reason.REQUIRED));
    }

    @Test
    void refuses_an_expected_completion_before_the_adoption() {
        assertThat(refused(goodSheet(), FiscalYear.of(2030)).violations())
                .containsExactly(new FieldViolation("expectedCompletionOn", FieldViolation.Reason.DATE_ORDER));
    }

    @Test
    void refuses_scores_outside_one_to_five_and_missing_texts() {
        SheetDraft draft = new SheetDraft(" ", 6, "x", 0, "x", null, null, "x", "x", null, 1L, null, 1L, 0L,
                LocalDate.of(2030, 1, 1));
        assertThat(refused(draft, FY2025).violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("changeOfCircumstances", "necessityScore", "effectivenessScore",
                        "progressScore");
    }
}
