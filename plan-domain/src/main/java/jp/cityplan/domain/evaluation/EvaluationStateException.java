package jp.cityplan.domain.evaluation;

/** An evaluation asked to do what its state does not allow, e.g. approving a sheet nobody has filled in. */
public class EvaluationStateException extends RuntimeException {

    public EvaluationStateException(EvaluationId id, EvaluationState state, String action) {
        super("evaluation " + id + " is " + state + " and cannot be " + action);
    }
}
