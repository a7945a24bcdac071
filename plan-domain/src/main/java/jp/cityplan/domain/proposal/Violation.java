package jp.cityplan.domain.proposal;

import jp.cityplan.domain.shared.Require;

/**
 * One field of a submission that cannot be accepted: the field's name and a reason code; {@code limit} carries the
 * number a reason needs (a maximum length). The app turns the code into Japanese (or English) text.
 */
public record Violation(String field, Reason reason, int limit) {

    /** Why a field is refused. */
    public enum Reason {
        REQUIRED,
        TOO_LONG,
        MALFORMED,
        CONTROL_CHARACTERS,
        UNKNOWN,
        TOO_MANY
    }

    public Violation {
        Require.text(field, "field");
        Require.present(reason, "reason");
    }

    public static Violation of(String field, Reason reason) {
        return new Violation(field, reason, 0);
    }
}
