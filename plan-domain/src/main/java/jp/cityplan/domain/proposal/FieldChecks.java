package jp.cityplan.domain.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the violations of a submission field by field, so that every wrong field is reported at once. */
final class FieldChecks {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final List<Violation> violations = new ArrayList<>();

    /** Returns the stripped text, or null where it is absent or blank. */
    String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            violations.add(new Violation(field, Violation.Reason.TOO_LONG, maxLength));
        } else if (CONTROL.matcher(text).find()) {
            violations.add(Violation.of(field, Violation.Reason.CONTROL_CHARACTERS));
        }
        return text;
    }

    String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            violations.add(Violation.of(field, Violation.Reason.REQUIRED));
        }
        return text;
    }

    String matching(String field, String value, int maxLength, Pattern pattern) {
        String text = optional(field, value, maxLength);
        if (text != null && text.length() <= maxLength && !pattern.matcher(text).matches()) {
            violations.add(Violation.of(field, Violation.Reason.MALFORMED));
        }
        return text;
    }

    void add(Violation violation) {
        violations.add(violation);
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
    }
}
