package jp.cityplan.domain.publicworks;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * What the city publishes of a decided evaluation: the project, the decision, the committee's opinion and the
 * sheet's key figures.
 */
public record PublishedEvaluation(
        EvaluationReference reference,
        ProjectId projectId,
        String projectName,
        ProjectKind kind,
        EvaluationStage stage,
        FiscalYear cycle,
        EvaluationDecision policyDecision,
        EvaluationDecision opinionDecision,
        String opinionText,
        EvaluationDecision decision,
        String deviationReason,
        BigDecimal benefitCostRatio,
        Yen benefits,
        Yen costs,
        Yen totalCost,
        LocalDate publishedOn) {
}
