package jp.cityplan.workflow.evaluation;

import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 評価シートを承認する: records the division head's approval. */
@Component("approveEvaluationSheetDelegate")
public class ApproveEvaluationSheetDelegate implements JavaDelegate {

    private final AdministrativeEvaluations evaluations;

    public ApproveEvaluationSheetDelegate(AdministrativeEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdministrativeEvaluation evaluation = EvaluationLookUp.get(evaluations, execution);
        evaluation.approve();
        evaluations.save(evaluation);
        execution.setVariable(AdministrativeEvaluationProcess.Variables.RETURN_REASON, "");
    }
}
