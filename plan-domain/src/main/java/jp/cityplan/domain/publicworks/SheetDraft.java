package jp.cityplan.domain.publicworks;

import java.time.LocalDate;
import java.util.Set;

/**
 * The evaluation sheet as the owning division typed it in, not yet checked: anything may be missing or wrong.
 * {@link EvaluationSheet#from} checks it field by field.
 */
public record SheetDraft(
        String changeOfCircumstances,
        Integer necessityScore,
        String necessity,
        Integer effectivenessScore,
        String effectiveness,
        String efficiency,
        Integer progressScore,
        String progressAndOutlook,
        String costReductionOrAlternatives,
        Set<NonMonetaryEffect> nonMonetaryEffects,
        Long userBenefitsYen,
        Long otherBenefitsYen,
        Long constructionCostYen,
        Long maintenanceCostYen,
        LocalDate expectedCompletionOn) {
}
