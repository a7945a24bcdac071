package jp.cityplan.app.adapter.in.web.publicworks;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import jp.cityplan.domain.publicworks.DuplicateEvaluationException;
import jp.cityplan.domain.publicworks.DuplicateProjectException;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import jp.cityplan.domain.publicworks.PublicWorksConflictException;
import jp.cityplan.domain.publicworks.UnknownProjectException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What goes wrong in the public works API as RFC 7807 problem details in the reader's language: refused fields (400,
 * with {@code violations} of field, reason and message), an unknown project (404), a project or evaluation that
 * exists already or was changed meanwhile (409). Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = {PublicWorksApiController.class, PublicWorksStaffController.class})
@RequiredArgsConstructor
public class PublicWorksProblemAdvice {

    static final String TYPE = "https://cityplan.jp/problems/public-works/";

    private final PublicWorksTexts texts;

    /** One refused field. */
    public record Violation(String field, String reason, String message) {
    }

    @ExceptionHandler(InvalidPublicWorksInputException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidPublicWorksInputException invalid, Locale locale) {
        List<Violation> violations = invalid.violations().stream()
                .map(v -> new Violation(v.field(), v.reason().name(), texts.violation(v, locale))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", locale);
        problem.setProperty("violations", violations);
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, PublicWorksApiController.InvalidPageException.class})
    public ResponseEntity<ProblemDetail> unreadable(Exception unreadable, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.BAD_REQUEST, "malformed-request", locale)).build();
    }

    @ExceptionHandler(UnknownProjectException.class)
    public ResponseEntity<ProblemDetail> unknown(UnknownProjectException unknown, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "unknown-project", locale)).build();
    }

    @ExceptionHandler({DuplicateProjectException.class, DuplicateEvaluationException.class,
            PublicWorksConflictException.class})
    public ResponseEntity<ProblemDetail> conflict(RuntimeException conflict, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.CONFLICT, "conflict", locale)).build();
    }

    private ProblemDetail problem(HttpStatus status, String type, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                texts.message("publicworks.problem." + type, locale));
        problem.setType(URI.create(TYPE + type));
        problem.setTitle(texts.message("publicworks.problem." + type + ".title", locale));
        return problem;
    }
}
