package jp.cityplan.workflow.evaluation;

import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 評価結果を確定する: the planning division's confirmation makes the sheet the year's result. */
@Component("confirmEvaluationDelegate")
public class ConfirmEvaluationDelegate implements JavaDelegate {

    private final AdministrativeEvaluations evaluations;

    public ConfirmEvaluationDelegate(AdministrativeEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdministrativeEvaluation evaluation = EvaluationLookUp.get(evaluations, execution);
        evaluation.confirm();
        evaluations.save(evaluation);
    }
}
