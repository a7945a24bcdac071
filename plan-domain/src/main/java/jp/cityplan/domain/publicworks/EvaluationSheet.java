package jp.cityplan.domain.publicworks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * 評価調書: the points the owning division examines (change of circumstances, necessity, effectiveness, efficiency,
 * progress and outlook, room for cost cuts or alternatives), the checklist of non-monetary effects and the monetised
 * benefits and costs from which B/C is computed.
 */
public record EvaluationSheet(
        String changeOfCircumstances,
        Assessment necessity,
        Assessment effectiveness,
        String efficiency,
        Assessment progressAndOutlook,
        String costReductionOrAlternatives,
        Set<NonMonetaryEffect> nonMonetaryEffects,
        BenefitCost benefitCost,
        LocalDate expectedCompletionOn) {

    static final int MAX_TEXT = 4000;

    public EvaluationSheet {
        Require.text(changeOfCircumstances, "changeOfCircumstances");
        Require.present(necessity, "necessity");
        Require.present(effectiveness, "effectiveness");
        Require.present(progressAndOutlook, "progressAndOutlook");
        Require.text(costReductionOrAlternatives, "costReductionOrAlternatives");
        Require.present(benefitCost, "benefitCost");
        nonMonetaryEffects = nonMonetaryEffects == null || nonMonetaryEffects.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(nonMonetaryEffects));
    }

    /**
     * Checks a draft field by field and reports every wrong field at once: missing texts and scores, scores outside
     * 1..5, missing or negative amounts, costs of zero, an expected completion before the project's adoption.
     */
    public static EvaluationSheet from(SheetDraft draft, FiscalYear adoptedIn) {
        Checks checks = new Checks();
        String circumstances = checks.text("changeOfCircumstances", draft.changeOfCircumstances(), MAX_TEXT);
        int necessityScore = checks.score("necessityScore", draft.necessityScore());
        String necessity = checks.text("necessity", draft.necessity(), MAX_TEXT);
        int effectivenessScore = checks.score("effectivenessScore", draft.effectivenessScore());
        String effectiveness = checks.text("effectiveness", draft.effectiveness(), MAX_TEXT);
        String efficiency = checks.optionalText("efficiency", draft.efficiency(), MAX_TEXT);
        int progressScore = checks.score("progressScore", draft.progressScore());
        String progress = checks.text("progressAndOutlook", draft.progressAndOutlook(), MAX_TEXT);
        String alternatives = checks.text("costReductionOrAlternatives", draft.costReductionOrAlternatives(), MAX_TEXT);
        Yen userBenefits = checks.yen("userBenefitsYen", draft.userBenefitsYen());
        Yen otherBenefits = draft.otherBenefitsYen() == null ? Yen.ZERO
                : checks.yen("otherBenefitsYen", draft.otherBenefitsYen());
        Yen construction = checks.yen("constructionCostYen", draft.constructionCostYen());
        Yen maintenance = checks.yen("maintenanceCostYen", draft.maintenanceCostYen());
        if (construction != null && maintenance != null && construction.plus(maintenance).isZero()) {
            checks.add("constructionCostYen", FieldViolation.Reason.ZERO_COST);
        }
        LocalDate expectedCompletion = draft.expectedCompletionOn();
        if (expectedCompletion != null && adoptedIn != null && expectedCompletion.isBefore(adoptedIn.start())) {
            checks.add("expectedCompletionOn", FieldViolation.Reason.DATE_ORDER);
        }
        checks.throwIfAny();
        return new EvaluationSheet(circumstances, new Assessment(necessityScore, necessity),
                new Assessment(effectivenessScore, effectiveness), efficiency,
                new Assessment(progressScore, progress), alternatives, draft.nonMonetaryEffects(),
                new BenefitCost(userBenefits, otherBenefits, construction, maintenance), expectedCompletion);
    }

    public BigDecimal benefitCostRatio() {
        return benefitCost.benefitCostRatio();
    }
}
