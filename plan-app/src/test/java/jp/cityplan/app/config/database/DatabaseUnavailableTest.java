package jp.cityplan.app.config.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void a_connection_failure_deep_in_the_engines_wrapping_counts_as_unavailable() {
        ProcessEngineException wrapped = new ProcessEngineException("could not execute",
                new RuntimeException(new SQLException("Connection refused", "08001")));

        assertThat(DatabaseUnavailable.isCauseOf(wrapped)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new CannotGetJdbcConnectionException("pool timeout",
                new SQLTransientConnectionException("timed out")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void a_rollback_on_a_connection_the_pool_threw_away_as_broken_counts_as_unavailable() {
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0", null, 562)});

        assertThat(DatabaseUnavailable.isCauseOf(new org.springframework.orm.jpa.JpaSystemException(
                new RuntimeException("Unable to rollback against JDBC Connection", closed)))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("Connection is closed"))))
                .as("the same text from anywhere else").isFalse();
    }

    @Test
    void a_refused_statement_or_a_bug_is_not_unavailability() {
        assertThat(DatabaseUnavailable.isCauseOf(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
    }

    @Test
    void a_request_that_found_the_database_down_gets_a_japanese_503_problem_with_retry_after() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain failing = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse r)
                    throws ServletException {
                throw new ServletException(new CannotCreateTransactionException("Could not open JPA EntityManager"));
            }
        };

        new DatabaseUnavailableFilter().doFilter(new MockHttpServletRequest("POST", "/api/proposals"), response, failing);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("データベースに接続できない").doesNotContain("JPA");
    }

    @Test
    void the_english_text_is_given_on_request_and_other_failures_pass_unchanged() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans");
        request.addParameter("lang", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(new DatabaseUnavailableExceptionResolver().resolveException(request, response, null,
                new CannotGetJdbcConnectionException("pool timeout"))).isNotNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("The database cannot be reached");

        assertThat(new DatabaseUnavailableExceptionResolver().resolveException(request, new MockHttpServletResponse(),
                null, new IllegalArgumentException("bad"))).isNull();
        MockFilterChain bug = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                throw new IllegalStateException("bug");
            }
        };
        assertThatThrownBy(() -> new DatabaseUnavailableFilter().doFilter(request, new MockHttpServletResponse(), bug))
                .isInstanceOf(IllegalStateException.class);
    }
}
