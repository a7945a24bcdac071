package jp.cityplan.domain.publicworks;

/** There is no evaluation with this EvaluationReference; nothing was changed. */
public class UnknownEvaluationException extends RuntimeException {

    private final transient EvaluationReference id;

    public UnknownEvaluationException(EvaluationReference id) {
        super("no evaluation " + id);
        this.id = id;
    }

    public EvaluationReference id() {
        return id;
    }
}
