package jp.cityplan.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Guards used by the compact constructors of ids and values; each failure names the field and the reason. */
public final class Require {

    private Require() {
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    public static String optionalText(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must be absent or not blank");
        }
        return value;
    }

    public static String matching(String value, Pattern pattern, String field) {
        text(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' does not match " + pattern.pattern());
        }
        return value;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must be present");
        }
        return value;
    }

    /** An unmodifiable copy; null stands for an empty list, null elements are refused. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + " must not contain empty entries");
        }
        return List.copyOf(values);
    }
}
