package jp.cityplan.domain.publicworks;

import jp.cityplan.domain.shared.Require;

/**
 * One field of a register entry, an evaluation sheet or a decision that cannot be accepted: the field's name and a
 * reason code. The workflow and the app turn the code into Japanese (or English) text.
 */
public record FieldViolation(String field, Reason reason) {

    /** Why a field is refused. */
    public enum Reason {
        /** missing */
        REQUIRED,
        /** a cost or benefit below zero */
        NEGATIVE,
        /** B/C cannot be computed: the costs add up to zero */
        ZERO_COST,
        /** a score outside 1..5, a number too large */
        OUT_OF_RANGE,
        TOO_LONG,
        /** a date before the one it must follow (e.g. completion before adoption) */
        DATE_ORDER,
        /** a decision the stage does not allow */
        NOT_ALLOWED,
        MALFORMED,
        /** a reference to something that does not exist (an initiative not in the plan) */
        UNKNOWN
    }

    public FieldViolation {
        Require.text(field, "field");
        Require.present(reason, "reason");
    }
}
