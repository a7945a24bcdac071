package jp.cityplan.domain.evaluation;

import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;

/** The evaluations this deployment keeps (repository). */
public interface AdministrativeEvaluations {

    Optional<AdministrativeEvaluation> findById(EvaluationId id);

    /** Every evaluation of a plan, all fiscal years. */
    List<AdministrativeEvaluation> ofPlan(PlanId plan);

    default List<AdministrativeEvaluation> ofPlan(PlanId plan, FiscalYear fiscalYear) {
        return ofPlan(plan).stream().filter(e -> e.fiscalYear().equals(fiscalYear)).toList();
    }

    /** Stores a new evaluation or the changes of a known one (optimistic locking on its version). */
    void save(AdministrativeEvaluation evaluation);
}
