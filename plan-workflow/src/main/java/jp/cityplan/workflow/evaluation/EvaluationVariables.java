package jp.cityplan.workflow.evaluation;

import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationSheetFields;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed access to the few variables of {@code administrative-evaluation}. */
public final class EvaluationVariables {

    private EvaluationVariables() {
    }

    public static EvaluationId evaluationId(VariableScope scope) {
        return new EvaluationId(text(scope, AdministrativeEvaluationProcess.Variables.EVALUATION_ID));
    }

    /** The sheet's fields as the form left them, as text (numbers from Camunda Forms arrive as Long or Double). */
    public static Map<String, String> sheetFields(VariableScope scope) {
        Map<String, String> fields = new HashMap<>();
        for (String name : EvaluationSheetFields.names()) {
            Object value = scope.getVariable(name);
            if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
                fields.put(name, Long.toString(number.longValue()));
            } else if (value != null) {
                fields.put(name, value.toString());
            }
        }
        return fields;
    }

    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** A text variable, trimmed; null when absent or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().strip();
    }
}
