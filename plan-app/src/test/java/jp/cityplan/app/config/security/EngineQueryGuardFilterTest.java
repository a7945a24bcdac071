package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The guard reads the body to inspect it and hands the very same bytes on; what it refuses never goes on. */
class EngineQueryGuardFilterTest {

    private final EngineQueryGuardFilter guard = new EngineQueryGuardFilter("/engine-rest", "/camunda");

    @Test
    void an_accepted_body_is_read_again_unchanged_downstream() throws Exception {
        String body = "{\"orQueries\": [{\"assignee\": \"山田\"}], \"sorting\": [{\"sortBy\": \"created\"}]}";
        AtomicReference<String> seen = new AtomicReference<>();
        FilterChain engine = (request, response) -> seen.set(new String(request.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));

        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(json("/engine-rest/task", body), response, engine);

        assertThat(seen.get()).isEqualTo(body);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void a_refused_or_unreadable_body_never_goes_on() throws Exception {
        for (String body : new String[] {"{\"orQueries\": [{\"assigneeExpression\": \"${x}\"}]}", "{\"orQueries\": [",
                "{\"a\": 1, \"a\": 2}"}) {
            AtomicReference<Boolean> reached = new AtomicReference<>(false);
            MockHttpServletResponse response = new MockHttpServletResponse();

            guard.doFilter(json("/camunda/api/engine/engine/default/filter/f1/list", body), response,
                    (request, ignored) -> reached.set(true));

            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(reached.get()).as(body).isFalse();
        }
    }

    @Test
    void free_expressions_are_refused_only_where_the_engine_evaluates_queries() throws Exception {
        String body = "{\"assigneeExpression\": \"${x.y()}\"}";
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/filter/create",
                "/engine-rest/filter/f1", "/engine-rest/filter/f1/singleResult", "/engine-rest/engine/default/task",
                "/camunda/api/engine/engine/default/task/count"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            guard.doFilter(json(path, body), response, (request, ignored) -> { });
            assertThat(response.getStatus()).as(path).isEqualTo(400);
        }
        MockHttpServletResponse elsewhere = new MockHttpServletResponse();
        AtomicReference<Boolean> reached = new AtomicReference<>(false);
        guard.doFilter(json("/engine-rest/task/t1/complete", body), elsewhere, (request, ignored) -> reached.set(true));
        assertThat(reached.get()).isTrue();
    }

    @Test
    void a_form_body_is_left_alone() throws Exception {
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist");
        login.setContentType("application/x-www-form-urlencoded");
        login.setContent("username=demo&password=${x}".getBytes(StandardCharsets.UTF_8));
        AtomicReference<String> seen = new AtomicReference<>();

        guard.doFilter(login, new MockHttpServletResponse(), (request, ignored) -> seen.set(
                new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));

        assertThat(seen.get()).isEqualTo("username=demo&password=${x}");
    }

    private static MockHttpServletRequest json(String path, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
