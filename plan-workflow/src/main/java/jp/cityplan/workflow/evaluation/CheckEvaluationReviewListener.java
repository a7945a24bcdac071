package jp.cityplan.workflow.evaluation;

import static jp.cityplan.workflow.evaluation.AdministrativeEvaluationProcess.Variables.APPROVED;
import static jp.cityplan.workflow.evaluation.AdministrativeEvaluationProcess.Variables.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the division head's review when {@code Task_ReviewEvaluationSheet} is completed: a return needs a comment
 * (it tells the division what to change). A refusal fails the completion and the task stays open.
 */
@Component("checkEvaluationReviewListener")
public class CheckEvaluationReviewListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        boolean approved = EvaluationVariables.flag(task, APPROVED);
        if (!approved && EvaluationVariables.text(task, REVIEW_COMMENT) == null) {
            throw new EvaluationInputException("差し戻すときは、直してほしい点をコメントに書いてください。");
        }
        task.setVariable(APPROVED, approved);
    }
}
