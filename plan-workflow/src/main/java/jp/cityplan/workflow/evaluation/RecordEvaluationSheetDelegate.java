package jp.cityplan.workflow.evaluation;

import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.EvaluationSheet;
import jp.cityplan.domain.evaluation.EvaluationSheetFields;
import jp.cityplan.domain.shared.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 評価シートを提出する: checks the sheet the division filled in and hands it in. Runs within the completion of the
 * fill-in task, so a sheet the domain refuses fails that completion with a Japanese message naming each field, and
 * the task stays open.
 */
@Component("recordEvaluationSheetDelegate")
public class RecordEvaluationSheetDelegate implements JavaDelegate {

    private final AdministrativeEvaluations evaluations;

    public RecordEvaluationSheetDelegate(AdministrativeEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EvaluationSheet sheet;
        try {
            sheet = EvaluationSheetFields.read(EvaluationVariables.sheetFields(execution));
        } catch (InvalidInputException e) {
            throw EvaluationInputException.of(e.problems());
        }
        AdministrativeEvaluation evaluation = EvaluationLookUp.get(evaluations, execution);
        evaluation.submit(sheet);
        evaluations.save(evaluation);
        execution.setVariable(AdministrativeEvaluationProcess.Variables.APPROVED, null);
        execution.setVariable(AdministrativeEvaluationProcess.Variables.REVIEW_COMMENT, null);
    }
}
