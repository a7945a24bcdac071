package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the query guard refuses and what it lets through, one JSON body at a time. */
class QueryExpressionInspectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"orQueries\": [{\"assigneeExpression\": \"${x.y()}\"}]}",
            "{\"orQueries\": [{\"nameLike\": \"%\"}, {\"candidateGroupsExpression\": \"${currentUserGroups()}\"}]}",
            "{\"orQueries\": [{\"assignee\": \"#{x}\"}]}",
            "{\"orQueries\": [{\"processVariables\": [{\"name\": \"a\", \"operator\": \"eq\", \"value\": \"${x}\"}]}]}",
            "{\"query\": {\"orQueries\": [{\"ownerExpression\": \"x\"}]}}",
            "{\"ORQUERIES\": [{\"ASSIGNEEEXPRESSION\": \"${x}\"}]}",
            "{\"orQueries\": {\"assigneeExpression\": \"${x}\"}}"})
    void an_expression_anywhere_in_or_queries_is_refused(String body) throws Exception {
        assertThat(QueryExpressionInspector.findForbidden(JSON.readTree(body), false)).isPresent();
        assertThat(QueryExpressionInspector.findForbidden(JSON.readTree(body), true)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"orQueries\": [{\"assignee\": \"demo\", \"candidateGroup\": \"g\"}], \"sorting\": [{\"sortBy\": \"created\"}]}",
            "{\"orQueries\": [{\"assigneeExpression\": null, \"ownerExpression\": \"\"}]}",
            "{\"candidateGroupsExpression\": \"${currentUserGroups()}\", \"assigneeExpression\": \"${ currentUser() }\"}",
            "{\"query\": {\"dueBeforeExpression\": \"${now()}\", \"followUpAfterExpression\": \"${dateTime().minusDays(3).toDate()}\"}}",
            "{\"variables\": {\"description\": {\"value\": \"${not evaluated: a plain value}\"}}}",
            "{}", "[]", "\"text\""})
    void queries_without_forbidden_expressions_pass(String body) throws Exception {
        assertThat(QueryExpressionInspector.findForbidden(JSON.readTree(body), true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"assigneeExpression\": \"${expressionProbe.mark()}\"}",
            "{\"query\": {\"candidateUserExpression\": \"${currentUser().getClass()}\"}}",
            "{\"dueBeforeExpression\": \"${now()} ${x}\"}",
            "{\"dueBeforeExpression\": \"${dateTime().plusDays(1).getClass().forName('java.lang.Runtime')}\"}",
            "{\"assigneeExpression\": [\"${currentUser()}\"]}"})
    void in_a_query_or_saved_filter_only_the_engines_functions_are_allowed(String body) throws Exception {
        assertThat(QueryExpressionInspector.findForbidden(JSON.readTree(body), true)).isPresent();
        // outside queries (e.g. a variable's value) these fields mean nothing to the engine
        assertThat(QueryExpressionInspector.findForbidden(JSON.readTree(body), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"assigneeExpression\":\"x\"}]", "[{\"assignee\":\"${x}\"}]", "[{\"a\":\"#{x}\"}]"})
    void an_or_queries_parameter_with_an_expression_is_refused(String value) {
        assertThat(QueryExpressionInspector.isForbiddenOrQueriesParameter("orQueries", value)).isTrue();
        assertThat(QueryExpressionInspector.isForbiddenOrQueriesParameter("assignee", value)).isFalse();
    }
}
