package jp.cityplan.workflow.evaluation;

import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.EvaluationId;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Finds the evaluation a process instance works on. */
final class EvaluationLookUp {

    private EvaluationLookUp() {
    }

    static AdministrativeEvaluation get(AdministrativeEvaluations evaluations, VariableScope scope) {
        EvaluationId id = EvaluationVariables.evaluationId(scope);
        return evaluations.findById(id).orElseThrow(() -> new IllegalStateException("no evaluation " + id));
    }
}
