package jp.cityplan.domain.publicworks;

/** An action the evaluation's state does not allow (e.g. deciding before the committee's opinion). */
public class EvaluationStateException extends IllegalStateException {

    public EvaluationStateException(EvaluationReference reference, EvaluationState state, String action) {
        super("evaluation " + reference + " is " + state + ": cannot " + action);
    }
}
