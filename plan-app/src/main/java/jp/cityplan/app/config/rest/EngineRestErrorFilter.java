package jp.cityplan.app.config.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Error answers of the engine's REST API and the webapps' API, as clients may see them:
 * <ul>
 * <li>a task claimed by someone else first ({@code TaskAlreadyClaimedException}) or an object changed meanwhile
 * ({@code OptimisticLockingException}), and a deadlock the database broke (the engine's exception code 10000), are
 * conflicts: 409, not the engine REST's 500;</li>
 * <li>an action on a task that no longer exists (completed by someone else meanwhile; the engine's
 * {@code NullValueException}) is 404, not 500;</li>
 * <li>staff input a process refused ({@code PublicWorksInputException}: a Japanese text naming each wrong field and
 * why, no personal data) is a client error: 400 with that text, not the general 500;</li>
 * <li>any other 5xx, and any error whose text shows SQL, a stack trace or a Java class of the persistence layer,
 * gets a general text instead (the original goes to the log);</li>
 * <li>everything else passes unchanged.</li>
 * </ul>
 * Bodies keep the engine REST's form ({@code type}, {@code message}, {@code code}), which its clients and the
 * webapps read; the text is in Japanese and English.
 */
@Slf4j
public class EngineRestErrorFilter extends OncePerRequestFilter {

    static final Set<String> CONFLICTS = Set.of("TaskAlreadyClaimedException", "OptimisticLockingException");
    static final String CONFLICT_MESSAGE = "ほかの人が先に処理したか、同時に変更されました。最新の状態を読み込んでから、もう一度お試しください。"
            + " / Someone else handled or changed this at the same time. Reload and try again.";
    static final String CLAIMED_MESSAGE = "このタスクはほかの人が先に引き受けました。 / Someone else claimed this task first.";
    static final String INTERNAL_MESSAGE = "サーバーで問題が発生しました。時間をおいてもう一度お試しください。"
            + " / Something went wrong on the server. Please try again later.";
    static final String REFUSED_MESSAGE = "要求を処理できませんでした。 / The request could not be processed.";
    static final String GONE_TASK_MESSAGE = "このタスクはもうありません。ほかの人が先に完了した可能性があります。"
            + " / This task no longer exists; someone else may have completed it.";

    /** What must not leave the server: SQL, the persistence layer, stack traces. */
    private static final List<String> LEAKS = List.of("### error", "### cause", "### sql", "org.apache.ibatis",
            "java.sql.", "sqlexception", "org.h2.", "org.postgresql", "jdbc", "select ", "insert into", "update act_",
            "delete from", "\tat ", "caused by:", "exception:");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text of a public works input refusal inside the engine's wrapped message (see PublicWorksInputException). */
    private static final java.util.regex.Pattern INPUT_REFUSAL =
            java.util.regex.Pattern.compile("(入力内容を確認してください: [^'\"]+)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorBodyCapturingResponse capturing = new ErrorBodyCapturingResponse(response, EngineRestErrorFilter::rewrite);
        try {
            chain.doFilter(request, capturing);
        } finally {
            if (!request.isAsyncStarted()) {
                capturing.finishWithoutBody();
                capturing.complete();
            }
        }
    }

    private static void rewrite(ErrorBodyCapturingResponse capturing) {
        HttpServletResponse response = capturing.original();
        byte[] body = capturing.capturedBody();
        int status = response.getStatus();
        JsonNode error = parse(body);
        String type = error != null && error.path("type").isTextual() ? error.path("type").asText() : null;
        try {
            if (status >= 500 && isTaskGone(type, error)) {
                // claim, complete, etc. on a task a colleague has just completed: the engine says 500
                write(response, 404, type, GONE_TASK_MESSAGE, error);
            } else if (type != null && CONFLICTS.contains(type)) {
                write(response, 409, type, "TaskAlreadyClaimedException".equals(type) ? CLAIMED_MESSAGE : CONFLICT_MESSAGE,
                        error);
            } else if (status >= 500 && wrapsOptimisticLocking(error)) {
                // submit-form wraps the engine's OptimisticLockingException in a RestException
                write(response, 409, "OptimisticLockingException", CONFLICT_MESSAGE, error);
            } else if (status >= 500 && isDeadlock(error)) {
                // the database broke a deadlock between this request and a job on the same case: nothing was
                // changed, and the same request again will do (PostgreSQL, a job and a form on one instance)
                log.info("engine REST request lost a deadlock; answered 409 ({})", type);
                write(response, 409, type == null ? "ProcessEnginePersistenceException" : type, CONFLICT_MESSAGE,
                        error);
            } else if (status >= 500 && inputRefusal(error) != null && !leaks(body)) {
                write(response, 400, "InputRefused", inputRefusal(error), error);
            } else if (status >= 500) {
                log.warn("engine REST answered {} ({}): {}", status, type, new String(body, StandardCharsets.UTF_8));
                write(response, status, type == null ? "InternalServerError" : type, INTERNAL_MESSAGE, error);
            } else if (leaks(body)) {
                log.warn("engine REST error text withheld ({} {}): {}", status, type, new String(body, StandardCharsets.UTF_8));
                write(response, status, type == null ? "BadRequest" : type, REFUSED_MESSAGE, error);
            } else {
                response.getOutputStream().write(body);
                response.flushBuffer();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * ENGINE-03005: an entity was updated by another transaction; ENGINE-03077: an execution's parent was deleted
     * by another transaction (a job ending a branch of the same case) while this one read it. Both changed nothing.
     */
    private static boolean wrapsOptimisticLocking(JsonNode error) {
        String message = error == null ? "" : error.path("message").asText("");
        return message.contains("ENGINE-03005") || message.contains("updated by another transaction concurrently")
                || message.contains("ENGINE-03077");
    }

    private static boolean isTaskGone(String type, JsonNode error) {
        return "NullValueException".equals(type) && error.path("message").asText("").startsWith("Cannot find task with id");
    }

    /** The engine's built-in exception code for a deadlock the database detected (BuiltinExceptionCode.DEADLOCK). */
    private static boolean isDeadlock(JsonNode error) {
        return error != null && error.path("code").asInt() == BuiltinExceptionCode.DEADLOCK.getCode();
    }

    static boolean leaks(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return LEAKS.stream().anyMatch(text::contains);
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String inputRefusal(JsonNode error) {
        if (error == null || !error.path("message").isTextual()) {
            return null;
        }
        java.util.regex.Matcher matcher = INPUT_REFUSAL.matcher(error.path("message").asText());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void write(HttpServletResponse response, int status, String type, String message, JsonNode original)
            throws IOException {
        ObjectNode body = JSON.createObjectNode().put("type", type).put("message", message);
        if (original != null && original.path("code").isInt()) {
            body.put("code", original.path("code").asInt());
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
