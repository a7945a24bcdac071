package jp.cityplan.domain.publicworks;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of an input field by field, so that every wrong field is reported at once. */
final class Checks {

    private final List<FieldViolation> violations = new ArrayList<>();

    String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            add(field, FieldViolation.Reason.TOO_LONG);
        }
        return text;
    }

    String text(String field, String value, int maxLength) {
        String text = optionalText(field, value, maxLength);
        if (text == null) {
            add(field, FieldViolation.Reason.REQUIRED);
        }
        return text;
    }

    /** A required amount of yen; null where it is missing or negative (and then reported). */
    Yen yen(String field, Long value) {
        if (value == null) {
            add(field, FieldViolation.Reason.REQUIRED);
            return null;
        }
        if (value < 0) {
            add(field, FieldViolation.Reason.NEGATIVE);
            return null;
        }
        return Yen.of(value);
    }

    /** A required score of 1 to 5. */
    int score(String field, Integer value) {
        if (value == null) {
            add(field, FieldViolation.Reason.REQUIRED);
            return 0;
        }
        if (value < 1 || value > 5) {
            add(field, FieldViolation.Reason.OUT_OF_RANGE);
        }
        return value;
    }

    <T> T present(String field, T value) {
        if (value == null) {
            add(field, FieldViolation.Reason.REQUIRED);
        }
        return value;
    }

    void add(String field, FieldViolation.Reason reason) {
        violations.add(new FieldViolation(field, reason));
    }

    boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidPublicWorksInputException(violations);
        }
    }
}
