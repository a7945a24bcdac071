package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import jp.cityplan.app.config.rest.EngineRestErrorFilter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The engine REST's error bodies as the filter hands them on: conflicts become 409, server errors and texts with SQL
 * or a stack trace get a general text, everything else passes byte for byte (with its length).
 */
class EngineRestErrorFilterTest {

    private final EngineRestErrorFilter filter = new EngineRestErrorFilter();

    @Test
    void a_task_claimed_first_by_someone_else_is_a_conflict() throws Exception {
        MockHttpServletResponse response = run(500,
                "{\"type\":\"TaskAlreadyClaimedException\",\"message\":\"Task 't1' is already claimed by someone else.\",\"code\":0}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"type\":\"TaskAlreadyClaimedException\"")
                .contains("先に引き受けました").contains("\"code\":0").doesNotContain("t1");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @Test
    void a_refused_public_works_form_is_a_client_error_with_its_japanese_text() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"RestException\",\"message\":\"Cannot complete task 1: "
                + "ENGINE-03051 There was an exception while invoking the TaskListener. Message: 'Exception while invoking "
                + "TaskListener: 入力内容を確認してください: 事業費（円）（constructionCostYen）: 0 以上の金額を入力してください'\",\"code\":0}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"message\":\"入力内容を確認してください: 事業費（円）（constructionCostYen）: 0 以上の金額を入力してください\"")
                .doesNotContain("ENGINE-03051").doesNotContain("Cannot complete");
    }

    @Test
    void an_optimistic_locking_failure_is_a_conflict() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 "
                + "Execution of 'UPDATE TaskEntity[t1]' failed. Entity was updated by another transaction concurrently.\",\"code\":1}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("同時に変更されました").doesNotContain("UPDATE");
    }

    @Test
    void an_optimistic_locking_failure_inside_a_submitted_form_is_a_conflict_too() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"RestException\",\"message\":\"Cannot submit task form "
                + "t1: ENGINE-03005 Execution of 'INSERT ExecutionEntity[e1]' failed. Entity was updated by another "
                + "transaction concurrently.\",\"code\":1}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"type\":\"OptimisticLockingException\"")
                .contains("同時に変更されました").doesNotContain("INSERT").doesNotContain("e1");
    }

    @Test
    void an_execution_deleted_meanwhile_by_a_job_is_a_conflict_too() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"RestException\",\"message\":\"Cannot submit task form "
                + "t1: ENGINE-03077 Cannot resolve parent with id 'e1' of execution 'e2', perhaps it was deleted in the "
                + "meantime\",\"code\":0}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("同時に変更されました")
                .doesNotContain("e2");
    }

    @Test
    void claiming_a_task_someone_else_has_just_completed_is_not_found() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"NullValueException\",\"message\":\"Cannot find task "
                + "with id t1: task is null\",\"code\":0}");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("このタスクはもうありません")
                .doesNotContain("task is null");
    }

    @Test
    void a_deadlock_the_database_broke_is_a_conflict_to_try_again() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"ProcessEnginePersistenceException\",\"message\":"
                + "\"An exception occurred in the persistence layer. Please check the server logs for a detailed message "
                + "and the entire exception stack trace.\",\"code\":10000}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("もう一度お試しください")
                .contains("\"code\":10000").doesNotContain("persistence layer");
    }

    @Test
    void a_server_error_shows_nothing_of_the_sql_or_the_stack() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"ProcessEngineException\",\"message\":\"### Error querying "
                + "database.  Cause: org.h2.jdbc.JdbcSQLSyntaxErrorException: select * from ACT_RU_TASK\\n\\tat org.h2\"}");

        assertThat(response.getStatus()).isEqualTo(500);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("ProcessEngineException").contains("サーバーで問題が発生しました")
                .doesNotContain("###").doesNotContain("ACT_RU_TASK").doesNotContain("org.h2");
    }

    @Test
    void a_client_error_that_would_show_sql_is_withheld_but_keeps_its_status() throws Exception {
        MockHttpServletResponse response = run(400, "{\"type\":\"ProcessEngineException\",\"message\":\"Cause: "
                + "java.sql.SQLException: select x from act_ru_task\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("java.sql").doesNotContain("select");
    }

    @Test
    void an_ordinary_client_error_and_a_success_pass_unchanged() throws Exception {
        String notFound = "{\"type\":\"InvalidRequestException\",\"message\":\"No matching task with id x\",\"code\":0}";
        MockHttpServletResponse missing = run(404, notFound);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(notFound);

        MockHttpServletResponse ok = run(200, "[{\"id\":\"t1\"}]");
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).isEqualTo("[{\"id\":\"t1\"}]");
        assertThat(ok.getContentLength()).isEqualTo("[{\"id\":\"t1\"}]".length());
    }

    /** As Jersey writes: length, then status, then the body. */
    private MockHttpServletResponse run(int status, String body) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FilterChain engine = (request, servletResponse) -> {
            HttpServletResponse http = (HttpServletResponse) servletResponse;
            http.setContentLength(bytes.length);
            http.setContentType("application/json");
            http.setStatus(status);
            http.getOutputStream().write(bytes);
            http.getOutputStream().close();
        };
        filter.doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/t1/claim"), response, engine);
        return response;
    }
}
