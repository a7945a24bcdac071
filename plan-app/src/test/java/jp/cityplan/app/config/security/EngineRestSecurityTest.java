package jp.cityplan.app.config.security;

import static jp.cityplan.app.config.security.EngineRestHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /engine-rest} (the Camunda REST starter) is closed to anonymous callers, accepts staff with HTTP Basic against
 * the engine's identity service, and hands the user to the engine: the engine's query limit, which applies only to
 * an authenticated user, refuses an oversized page.
 */
@SecurityStackTest
class EngineRestSecurityTest {

    @LocalServerPort
    int port;

    EngineRestHttp http;

    @BeforeEach
    void client() {
        http = new EngineRestHttp(port);
    }

    @Test
    void an_anonymous_call_is_refused_with_401_problem_json_and_nothing_else() throws Exception {
        for (String path : new String[] {"/engine-rest/engine", "/engine-rest/task", "/engine-rest/user",
                "/engine-rest/deployment", "/engine-rest/process-definition"}) {
            HttpResponse<String> anonymous = http.get(path, null);

            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic"));
            assertThat(anonymous.body()).contains("\"status\":401").contains("認証が必要です")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("demo");
        }
        HttpResponse<String> post = http.postJson("/engine-rest/process-definition/key/x/start", null, "{}");
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_or_an_unknown_user_is_401() throws Exception {
        assertThat(http.get("/engine-rest/engine", basic("nobody-at-all", "guess")).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/engine", "Basic not-base64!").statusCode()).isEqualTo(401);
    }

    @Test
    void staff_call_with_basic_and_get_no_session() throws Exception {
        HttpResponse<String> engines = http.get("/engine-rest/engine", basic("demo", "demo"));

        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
        assertThat(engines.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(engines.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void the_engine_caps_query_results_for_the_signed_in_user() throws Exception {
        HttpResponse<String> tooMany = http.get("/engine-rest/task?maxResults=100000", basic("demo", "demo"));

        // the engine's own refusal (BadUserRequestException -> 400): it applies only when the engine knows the user
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.body()).contains("BadUserRequestException").contains("Max results limit of 2000 exceeded");

        HttpResponse<String> unbounded = http.get("/engine-rest/task", basic("demo", "demo"));
        assertThat(unbounded.statusCode()).isEqualTo(400);
        assertThat(unbounded.body()).contains("An unbound number of results is forbidden");

        HttpResponse<String> page = http.get("/engine-rest/task?firstResult=0&maxResults=2000", basic("demo", "demo"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).startsWith("[");
    }

    @Test
    void a_change_requested_by_another_sites_page_is_refused_even_with_the_password() throws Exception {
        HttpRequest fromElsewhere = http.request("/engine-rest/task/count")
                .header("Authorization", basic("demo", "demo"))
                .header("Content-Type", "application/json")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> refused = http.send(fromElsewhere);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Cross-site request");

        HttpRequest fromAProgram = http.request("/engine-rest/task/count")
                .header("Authorization", basic("demo", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> counted = http.send(fromAProgram);
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
        assertThat(counted.body()).contains("\"count\":");
    }

    @Test
    void the_engines_error_texts_carry_no_stack_trace() throws Exception {
        HttpResponse<String> missing = http.get("/engine-rest/task/no-such-task", basic("demo", "demo"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("\tat ").doesNotContain("### ");
    }
}
