package jp.cityplan.domain.committee;

import jp.cityplan.domain.shared.Require;

/**
 * One field that cannot be accepted: its name, a reason code and the number the reason needs (a maximum length, a
 * minimum of days). The app turns the code into Japanese (or English) text.
 */
public record FieldError(String field, Reason reason, int limit) {

    /** Why a field is refused. */
    public enum Reason {
        REQUIRED,
        TOO_LONG,
        MALFORMED,
        CONTROL_CHARACTERS,
        UNKNOWN,
        TOO_SMALL,
        TOO_LARGE,
        PERIOD_TOO_SHORT,
        DUPLICATE,
        CLOSED
    }

    public FieldError {
        Require.text(field, "field");
        Require.present(reason, "reason");
    }

    public static FieldError of(String field, Reason reason) {
        return new FieldError(field, reason, 0);
    }
}
