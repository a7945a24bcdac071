package jp.cityplan.domain.committee;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects the errors of an input field by field, so that every wrong field is reported at once. */
final class FieldChecks {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final List<FieldError> errors = new ArrayList<>();

    String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(new FieldError(field, FieldError.Reason.TOO_LONG, maxLength));
        } else if (CONTROL.matcher(text).find()) {
            errors.add(FieldError.of(field, FieldError.Reason.CONTROL_CHARACTERS));
        }
        return text;
    }

    String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            errors.add(FieldError.of(field, FieldError.Reason.REQUIRED));
        }
        return text;
    }

    String matching(String field, String value, int maxLength, Pattern pattern) {
        String text = required(field, value, maxLength);
        if (text != null && text.length() <= maxLength && !pattern.matcher(text).matches()) {
            errors.add(FieldError.of(field, FieldError.Reason.MALFORMED));
        }
        return text;
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, FieldError.Reason.REQUIRED));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, FieldError.Reason.UNKNOWN));
            return null;
        }
    }

    /** An ISO date (yyyy-MM-dd) that exists and lies between the bounds. */
    LocalDate date(String field, String value, LocalDate earliest, LocalDate latest) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, FieldError.Reason.REQUIRED));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                errors.add(FieldError.of(field, FieldError.Reason.MALFORMED));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, FieldError.Reason.MALFORMED));
            return null;
        }
    }

    Integer wholeNumber(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, FieldError.Reason.REQUIRED));
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min) {
                errors.add(new FieldError(field, FieldError.Reason.TOO_SMALL, min));
            } else if (number > max) {
                errors.add(new FieldError(field, FieldError.Reason.TOO_LARGE, max));
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, FieldError.Reason.MALFORMED));
            return null;
        }
    }

    void add(FieldError error) {
        errors.add(error);
    }

    boolean isClean() {
        return errors.isEmpty();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
