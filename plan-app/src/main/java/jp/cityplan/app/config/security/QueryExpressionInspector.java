package jp.cityplan.app.config.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds expressions where the engine must not evaluate them. Camunda 7.24.0 checks that an ad-hoc task query carries
 * no expression, but not the queries nested in its {@code orQueries}: any signed-in user could have the engine
 * evaluate an expression (call a bean, reach the JVM) that way, through {@code /engine-rest} and the webapps' API.
 * Rules, for a JSON body:
 * <ol>
 * <li>anywhere: an {@code orQueries} entry with a non-empty {@code …Expression} field or a value containing
 * {@code ${} or {@code #{} is refused;</li>
 * <li>in task queries and saved filters ({@code queryBody}): every other {@code …Expression} field must be one of
 * the engine's own query functions, as Tasklist's filters use them: {@code ${currentUser()}},
 * {@code ${currentUserGroups()}}, {@code ${now()}}, {@code ${dateTime().plusDays(1)….toDate()}}. A stored filter
 * is evaluated whenever anyone runs it, so a free expression there is the same hole.</li>
 * </ol>
 */
public final class QueryExpressionInspector {

    static final String OR_QUERIES = "orqueries";
    private static final String EXPRESSION_SUFFIX = "expression";

    private static final Pattern ENGINE_FUNCTION = Pattern.compile("\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)"
            + "|now\\(\\)|dateTime\\(\\)(?:\\s*\\.\\s*(?:plus|minus|with)[A-Za-z]{1,20}\\(\\s*-?\\d{1,9}\\s*\\))*"
            + "(?:\\s*\\.\\s*toDate\\(\\))?)\\s*}");

    private QueryExpressionInspector() {
    }

    /** Why the body is refused, if it is: a field path and a reason, nothing of the value. */
    public static Optional<String> findForbidden(JsonNode body, boolean queryBody) {
        return walk(body, "$", queryBody);
    }

    /** A query parameter named {@code orQueries} (never used by GET, but refused in any form if it carries one). */
    public static boolean isForbiddenOrQueriesParameter(String name, String value) {
        if (!name.toLowerCase(Locale.ROOT).equals(OR_QUERIES) || value == null) {
            return false;
        }
        return value.toLowerCase(Locale.ROOT).contains(EXPRESSION_SUFFIX) || containsExpressionSyntax(value);
    }

    private static Optional<String> walk(JsonNode node, String path, boolean queryBody) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                String fieldPath = path + "." + field.getKey();
                if (name.equals(OR_QUERIES)) {
                    Optional<String> found = insideOrQueries(field.getValue(), fieldPath);
                    if (found.isPresent()) {
                        return found;
                    }
                } else if (queryBody && name.endsWith(EXPRESSION_SUFFIX) && !isEngineFunction(field.getValue())) {
                    return Optional.of(fieldPath + ": only the engine's query functions are allowed in expressions");
                } else {
                    Optional<String> found = walk(field.getValue(), fieldPath, queryBody);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = walk(node.get(i), path + "[" + i + "]", queryBody);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Within orQueries, no expression of any kind. */
    private static Optional<String> insideOrQueries(JsonNode node, String path) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path + "." + field.getKey();
                if (field.getKey().toLowerCase(Locale.ROOT).endsWith(EXPRESSION_SUFFIX) && !isEmpty(field.getValue())) {
                    return Optional.of(fieldPath + ": expressions are not allowed in orQueries");
                }
                Optional<String> found = insideOrQueries(field.getValue(), fieldPath);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = insideOrQueries(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isTextual() && containsExpressionSyntax(node.asText())) {
            return Optional.of(path + ": expressions are not allowed in orQueries");
        }
        return Optional.empty();
    }

    private static boolean isEngineFunction(JsonNode value) {
        if (isEmpty(value)) {
            return true;
        }
        return value.isTextual() && ENGINE_FUNCTION.matcher(value.asText()).matches();
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isEmpty());
    }

    private static boolean containsExpressionSyntax(String value) {
        return value.contains("${") || value.contains("#{");
    }
}
