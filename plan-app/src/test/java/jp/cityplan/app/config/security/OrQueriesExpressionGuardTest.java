package jp.cityplan.app.config.security;

import static jp.cityplan.app.config.security.EngineRestHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.cityplan.app.config.security.SecurityStackTest.ExpressionProbe;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The {@code orQueries} weakness of Camunda 7.24.0, probed as an attacker with a staff password would: the engine
 * itself evaluates an expression nested in {@code orQueries} (shown through its Java API), but through
 * {@code /engine-rest} and the webapps' API such a query is refused before it reaches the engine, and the expression's
 * side effect does not happen. Queries without expressions, and saved filters with the engine's own functions, work.
 */
@SecurityStackTest
class OrQueriesExpressionGuardTest {

    private static final String PROBE = "${expressionProbe.mark()}";

    @LocalServerPort
    int port;

    @Autowired
    ExpressionProbe probe;

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    EngineRestHttp http;

    @BeforeEach
    void client() {
        http = new EngineRestHttp(port);
    }

    @Test
    void the_engine_itself_would_evaluate_an_expression_in_or_queries() {
        int before = probe.calls();

        taskService.createTaskQuery().or().taskAssigneeExpression(PROBE).endOr().list();

        // the premise of the guard: without it, this is what a REST call would make the engine do
        assertThat(probe.calls()).isGreaterThan(before);
    }

    @Test
    void a_task_query_with_an_expression_in_or_queries_is_refused_and_has_no_effect() throws Exception {
        int before = probe.calls();

        for (String path : new String[] {"/engine-rest/task", "/engine-rest/task/count",
                "/engine-rest/engine/default/task?firstResult=0&maxResults=10"}) {
            HttpResponse<String> refused = http.postJson(path, basic("demo", "demo"),
                    "{\"orQueries\": [{\"assigneeExpression\": \"" + PROBE + "\"}]}");

            assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("orQueries には式を使えません").contains("not allowed in orQueries")
                    .doesNotContain("expressionProbe");
        }
        // an expression in a plain value, a nested one, another …Expression field, odd spelling of the key
        for (String body : new String[] {
                "{\"orQueries\": [{\"assignee\": \"" + PROBE + "\"}]}",
                "{\"orQueries\": [{\"candidateGroups\": [\"a\", \"#{expressionProbe.mark()}\"]}]}",
                "{\"orQueries\": [{\"dueBeforeExpression\": \"${now()}\"}]}",
                "{\"OrQueries\": [{\"candidateUserExpression\": \"" + PROBE + "\"}]}",
                "{\"orQueries\": [{\"assigneeExpression\": \"" + PROBE + "\"}], \"orQueries\": []}",
                "{\"or\\u0051ueries\": [{\"assigneeExpression\": \"" + PROBE + "\"}]}"}) {
            HttpResponse<String> refused = http.postJson("/engine-rest/task?maxResults=10", basic("demo", "demo"), body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
        }
        HttpResponse<String> asParameter = http.get("/engine-rest/task?maxResults=10&orQueries="
                + URLEncoder.encode("[{\"assigneeExpression\":\"" + PROBE + "\"}]", StandardCharsets.UTF_8), basic("demo", "demo"));
        assertThat(asParameter.statusCode()).isEqualTo(400);

        assertThat(probe.calls()).isEqualTo(before);
    }

    @Test
    void a_query_with_or_queries_and_no_expression_still_works() throws Exception {
        HttpResponse<String> tasks = http.postJson("/engine-rest/task?firstResult=0&maxResults=10", basic("demo", "demo"),
                "{\"orQueries\": [{\"assignee\": \"demo\", \"candidateGroup\": \"div-public-relations\"}],"
                        + " \"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}");

        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        assertThat(tasks.body()).startsWith("[");

        HttpResponse<String> count = http.postJson("/engine-rest/task/count", basic("demo", "demo"),
                "{\"orQueries\": [{\"assignee\": \"demo\"}]}");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).contains("\"count\":");
    }

    @Test
    void a_saved_filter_may_use_the_engines_functions_but_no_other_expression() throws Exception {
        int before = probe.calls();
        HttpResponse<String> allowed = http.postJson("/engine-rest/filter/create", basic("demo", "demo"), """
                {"resourceType": "Task", "name": "security-test: mine or my groups", "owner": "demo",
                 "query": {"candidateGroupsExpression": "${currentUserGroups()}", "dueBeforeExpression":
                           "${dateTime().plusDays(7).toDate()}", "orQueries": [{"assignee": "demo"}]},
                 "properties": {"description": "test"}}""");
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        String filterId = allowed.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> freeExpression = http.postJson("/engine-rest/filter/create", basic("demo", "demo"), """
                {"resourceType": "Task", "name": "security-test: probe", "query": {"assigneeExpression": "%s"}}"""
                .formatted(PROBE));
        assertThat(freeExpression.statusCode()).isEqualTo(400);
        HttpResponse<String> inOrQueries = http.postJson("/engine-rest/filter/create", basic("demo", "demo"), """
                {"resourceType": "Task", "name": "security-test: probe", "query": {"orQueries": [{"assigneeExpression": "${currentUser()}"}]}}""");
        assertThat(inOrQueries.statusCode()).isEqualTo(400);
        HttpResponse<String> extending = http.postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=10",
                basic("demo", "demo"), "{\"orQueries\": [{\"assigneeExpression\": \"" + PROBE + "\"}]}");
        assertThat(extending.statusCode()).isEqualTo(400);
        HttpResponse<String> listed = http.postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=10",
                basic("demo", "demo"), "{}");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);

        assertThat(filterService.createFilterQuery().filterName("security-test: probe").count()).isZero();
        assertThat(probe.calls()).isEqualTo(before);
        filterService.deleteFilter(filterId);
    }

    @Test
    void the_webapps_api_refuses_the_same_probe_for_a_signed_in_user() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(http.request("/camunda/app/tasklist/default/").build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> login = browser.send(http.request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        // signing in starts a new session: the next request of the page fetches the new session's token
        HttpResponse<String> page = browser.send(http.request("/camunda/app/tasklist/default/").build(),
                HttpResponse.BodyHandlers.ofString());
        xsrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        int before = probe.calls();

        HttpResponse<String> refused = browser.send(webappPost("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15",
                xsrf, "{\"orQueries\": [{\"assigneeExpression\": \"" + PROBE + "\"}]}"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> allowed = browser.send(webappPost("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15",
                xsrf, "{\"orQueries\": [{\"assignee\": \"demo\"}]}"), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(probe.calls()).isEqualTo(before);
    }

    @Test
    void the_apps_own_saved_filters_can_still_be_saved_again_as_tasklist_would() throws Exception {
        assertThat(filterService.createFilterQuery().list()).isNotEmpty();
        for (Filter filter : filterService.createFilterQuery().list()) {
            HttpResponse<String> read = http.get("/engine-rest/filter/" + filter.getId(), basic("demo", "demo"));
            assertThat(read.statusCode()).isEqualTo(200);

            HttpResponse<String> saved = http.send(http.request("/engine-rest/filter/" + filter.getId())
                    .header("Authorization", basic("demo", "demo")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(read.body())).build());

            assertThat(saved.statusCode()).as(filter.getName() + " " + read.body() + " " + saved.body()).isEqualTo(204);
        }
    }

    private HttpRequest webappPost(String path, String xsrf, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
