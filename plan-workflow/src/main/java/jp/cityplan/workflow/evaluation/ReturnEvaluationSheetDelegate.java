package jp.cityplan.workflow.evaluation;

import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 評価シートを差し戻す: records the head's return with the comment as its reason; the division fills in again. */
@Component("returnEvaluationSheetDelegate")
public class ReturnEvaluationSheetDelegate implements JavaDelegate {

    private final AdministrativeEvaluations evaluations;

    public ReturnEvaluationSheetDelegate(AdministrativeEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = EvaluationVariables.text(execution, AdministrativeEvaluationProcess.Variables.REVIEW_COMMENT);
        AdministrativeEvaluation evaluation = EvaluationLookUp.get(evaluations, execution);
        evaluation.returnToDivision(reason);
        evaluations.save(evaluation);
        execution.setVariable(AdministrativeEvaluationProcess.Variables.RETURN_REASON, reason);
    }
}
