package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ANSWER_DUE_DATE;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DIVISIONS;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.LEAD_DIVISION;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.MULTIPLE_DIVISIONS;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.RECEIPT_NUMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the few variables of {@code citizen-proposal} with their types. Every value is a String, a Boolean,
 * a number or a java.util.Date: nothing is serialized. As the bean {@code proposalVariables} it also serves the
 * model's expressions, e.g. the collection of the drafting multi-instance,
 * {@code ${proposalVariables.divisionList(execution)}}.
 */
@Component("proposalVariables")
public class CitizenProposalVariables {

    private static final String LIST_SEPARATORS = "[,、，\\s]+";

    /** The divisions of the case, lead first: the collection the drafting tasks are created for. */
    public List<String> divisionList(VariableScope execution) {
        return divisionsOf(execution);
    }

    public static ReceiptNumber receiptNumber(VariableScope scope) {
        String value = text(scope, RECEIPT_NUMBER);
        if (value == null) {
            throw new IllegalStateException("the process instance has no " + RECEIPT_NUMBER);
        }
        return new ReceiptNumber(value);
    }

    public static void setReceiptNumber(VariableScope scope, ReceiptNumber receiptNumber) {
        scope.setVariable(RECEIPT_NUMBER, receiptNumber.value());
    }

    /** The variable as stripped text; null where it is absent or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** True only for Boolean true or the text "true"; absent means false. */
    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && "true".equalsIgnoreCase(value.toString().strip());
    }

    /** A number typed into a form (Tasklist sends Integer, Long or Double; an API may send text). */
    public static Optional<BigDecimal> decimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Number n) {
            return Optional.of(BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros());
        }
        return Optional.of(new BigDecimal(value.toString().strip().replace(",", "")));
    }

    /** A whole number typed into a form; refuses fractions. */
    public static Optional<Integer> wholeNumber(VariableScope scope, String name) {
        return decimal(scope, name).map(BigDecimal::intValueExact);
    }

    /** Items of a list typed as text: separated by commas (also 、 and ，) or spaces. */
    public static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split(LIST_SEPARATORS)).filter(item -> !item.isBlank()).toList();
    }

    public static List<String> divisionsOf(VariableScope scope) {
        List<String> divisions = items(text(scope, DIVISIONS));
        if (divisions.isEmpty()) {
            throw new IllegalStateException("the process instance has no " + DIVISIONS);
        }
        return divisions;
    }

    /** Stores the answering divisions (lead first, each once) with the routing flags derived from them. */
    public static List<String> setDivisions(VariableScope scope, List<String> divisions) {
        List<String> distinct = divisions.stream().map(String::strip).filter(d -> !d.isEmpty()).distinct().toList();
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("at least one division must answer");
        }
        scope.setVariable(DIVISIONS, String.join(",", distinct));
        scope.setVariable(LEAD_DIVISION, distinct.get(0));
        scope.setVariable(MULTIPLE_DIVISIONS, distinct.size() > 1);
        return distinct;
    }

    public static String leadDivision(VariableScope scope) {
        String lead = text(scope, LEAD_DIVISION);
        if (lead == null) {
            throw new IllegalStateException("the process instance has no " + LEAD_DIVISION);
        }
        return lead;
    }

    /** The due day of the answer, read back from the due date-time. */
    public static LocalDate answerDueOn(VariableScope scope) {
        Object value = scope.getVariable(ANSWER_DUE_DATE);
        if (!(value instanceof Date date)) {
            throw new IllegalStateException("the process instance has no " + ANSWER_DUE_DATE);
        }
        return date.toInstant().atZone(CitizenProposal.CITY_ZONE).toLocalDate();
    }

    /** The moment a city date and office time stand for (Asia/Tokyo). */
    public static Date cityTime(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(CitizenProposal.CITY_ZONE).toInstant());
    }
}
