package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables.COMMITTEE_MEMBERS;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables.EVALUATION_REFERENCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the variables of the public works processes with their types, and turns what a form sent
 * (Tasklist sends numbers as Integer, Long or Double and dates as text) into domain values; a value that is not what
 * the field needs is refused with the field's name. As the bean {@code publicWorksVariables} it also gives the
 * committee's multi-instance its collection.
 */
@Component("publicWorksVariables")
public class PublicWorksEvaluationVariables {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

    /** The committee members, one opinion task each. */
    public List<String> memberList(VariableScope execution) {
        List<String> members = items(text(execution, COMMITTEE_MEMBERS));
        if (members.isEmpty()) {
            throw new IllegalStateException("the instance has no " + COMMITTEE_MEMBERS);
        }
        return members;
    }

    public static EvaluationReference reference(VariableScope scope) {
        String value = text(scope, EVALUATION_REFERENCE);
        if (value == null) {
            throw new IllegalStateException("the instance has no " + EVALUATION_REFERENCE);
        }
        return new EvaluationReference(value);
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && "true".equalsIgnoreCase(value.toString().strip());
    }

    /** A whole number of yen; null where absent; a fraction or text is refused. */
    public static Long yen(VariableScope scope, String name) {
        BigDecimal value = decimal(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidPublicWorksInputException(name, FieldViolation.Reason.MALFORMED);
        }
    }

    public static Integer score(VariableScope scope, String name) {
        Long value = yen(scope, name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidPublicWorksInputException(name, FieldViolation.Reason.OUT_OF_RANGE);
        }
        return value.intValue();
    }

    private static BigDecimal decimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        try {
            if (value instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            return new BigDecimal(value.toString().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidPublicWorksInputException(name, FieldViolation.Reason.MALFORMED);
        }
    }

    /** A day typed into a date field ({@code 2026-02-10}), or a java.util.Date read in Japan. */
    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(CITY_ZONE).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidPublicWorksInputException(name, FieldViolation.Reason.MALFORMED);
        }
    }

    public static EvaluationDecision decision(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return EvaluationDecision.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidPublicWorksInputException(name, FieldViolation.Reason.MALFORMED);
        }
    }

    public static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[,\\s]+")).filter(item -> !item.isBlank()).toList();
    }

    /** The moment a city date and time stand for (Asia/Tokyo). */
    public static Date cityTime(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(CITY_ZONE).toInstant());
    }
}
