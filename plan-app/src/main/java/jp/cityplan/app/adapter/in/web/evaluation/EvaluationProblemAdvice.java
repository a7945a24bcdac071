package jp.cityplan.app.adapter.in.web.evaluation;

import java.net.URI;
import java.util.List;
import jp.cityplan.app.application.evaluation.UnknownPlanPartException;
import jp.cityplan.domain.evaluation.EvaluationStateException;
import jp.cityplan.domain.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 7807) of the evaluation staff API: 400 with {@code problems: [{field, reason}]} (reasons in
 * Japanese, for staff), 404 for an unknown plan or initiative, 409 for an evaluation whose state forbids the step.
 * Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = EvaluationStaffApiController.class)
public class EvaluationProblemAdvice {

    /** One refused field. */
    public record ProblemField(String field, String reason) {
    }

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInputException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "入力内容に誤りがあります。");
        List<ProblemField> fields = invalid.problems().stream().map(p -> new ProblemField(p.field(), p.reason())).toList();
        problem.setProperty("problems", fields);
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        return ResponseEntity.of(problem(HttpStatus.BAD_REQUEST, "malformed-json", "JSONとして読めません。")).build();
    }

    @ExceptionHandler(UnknownPlanPartException.class)
    public ResponseEntity<ProblemDetail> unknown(UnknownPlanPartException unknown) {
        return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "not-found", "計画または取組が見つかりません。")).build();
    }

    @ExceptionHandler(EvaluationStateException.class)
    public ResponseEntity<ProblemDetail> conflict(EvaluationStateException conflict) {
        return ResponseEntity.of(problem(HttpStatus.CONFLICT, "evaluation-state",
                "この評価は確定済みのため、もう一度開始することはできません。")).build();
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://cityplan.jp/problems/" + type));
        return problem;
    }
}
