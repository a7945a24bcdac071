package jp.cityplan.domain.publicworks;

/** evaluation already opened EvaluationReference; nothing was changed. */
public class DuplicateEvaluationException extends RuntimeException {

    private final transient EvaluationReference id;

    public DuplicateEvaluationException(EvaluationReference id) {
        super("evaluation already opened " + id);
        this.id = id;
    }

    public EvaluationReference id() {
        return id;
    }
}
