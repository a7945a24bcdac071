package jp.cityplan.domain.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed values from staff input given as text by field name (a Camunda form's variables, a CSV row), collecting
 * every problem instead of stopping at the first. {@link #check()} throws them all at once.
 */
public final class FieldReader {

    private final Map<String, String> fields;
    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldReader(Map<String, String> fields) {
        this.fields = Require.present(fields, "fields");
    }

    public Optional<String> optionalText(String field, int maxLength) {
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            problem(field, maxLength + "文字以内で入力してください");
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    public String text(String field, int maxLength) {
        Optional<String> value = optionalText(field, maxLength);
        if (value.isEmpty() && !hasProblem(field)) {
            problem(field, "入力してください");
        }
        return value.orElse(null);
    }

    public Optional<BigDecimal> optionalDecimal(String field) {
        Optional<String> text = optionalText(field, 40);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.get().replace(",", "")));
        } catch (NumberFormatException e) {
            problem(field, "数値で入力してください（「" + text.get() + "」は数値ではありません）");
            return Optional.empty();
        }
    }

    public BigDecimal decimal(String field) {
        Optional<BigDecimal> value = optionalDecimal(field);
        if (value.isEmpty() && !hasProblem(field)) {
            problem(field, "入力してください");
        }
        return value.orElse(null);
    }

    /** A whole number; a decimal with only zeros after the point (as Camunda Forms send numbers) counts as whole. */
    public Integer integer(String field) {
        BigDecimal value = decimal(field);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            problem(field, "整数で入力してください");
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field, 40);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(field, "「" + value + "」は選べる値ではありません");
            return null;
        }
    }

    public void problem(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws every problem found so far. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
