package jp.cityplan.domain.shared;

/**
 * One field of staff input that cannot be accepted: the field's name (a form key or CSV column) and the reason, in
 * Japanese as staff read it.
 */
public record FieldProblem(String field, String reason) {

    public FieldProblem {
        Require.text(field, "field");
        Require.text(reason, "reason");
    }
}
