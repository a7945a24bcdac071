package jp.cityplan.workflow.evaluation;

import java.util.List;
import java.util.stream.Collectors;
import jp.cityplan.domain.evaluation.EvaluationSheetFields;
import jp.cityplan.domain.shared.FieldProblem;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Staff input the evaluation cannot take. Thrown while a form is submitted, it rolls the submission back: the task
 * stays open and Tasklist shows the Japanese message, which names each field by its label and says why.
 */
public class EvaluationInputException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    public EvaluationInputException(String message) {
        super(message);
    }

    public static EvaluationInputException of(List<FieldProblem> problems) {
        return new EvaluationInputException("評価シートに直してほしい項目があります。" + problems.stream()
                .map(p -> "「" + EvaluationSheetFields.label(p.field()) + "」" + p.reason())
                .collect(Collectors.joining("。", "", "。")));
    }
}
