package jp.cityplan.app.adapter.in.web.api;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns what goes wrong in the plan API into RFC 7807 problem details (application/problem+json), in the reader's
 * language. Never a stack trace or an exception's text: an unexpected failure is logged and answered in general terms.
 * The handlers carry no {@code @ResponseStatus}, so springdoc does not add their statuses to every operation: each
 * operation documents the problems it can answer.
 */
@Slf4j
@RestControllerAdvice(assignableTypes = PlanApiController.class)
@RequiredArgsConstructor
public class ApiProblemAdvice {

    private final MessageSource messages;

    @ExceptionHandler(PlanNotFoundException.class)
    public ResponseEntity<ProblemDetail> planNotFound(PlanNotFoundException notFound, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "plan-not-found", locale, notFound.planId());
        problem.setProperty("planId", notFound.planId());
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException invalid, Locale locale) {
        String reason = messages.getMessage("api.problem.reason." + invalid.reason(), invalid.reasonArguments(), locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", locale,
                invalid.parameter(), invalid.value(), reason);
        problem.setProperty("parameter", invalid.parameter());
        problem.setProperty("value", invalid.value());
        problem.setProperty("reason", reason);
        return ResponseEntity.of(problem).build();
    }

    /** Spring's own web errors keep their status and problem body; anything else is a 500 without details. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception failure, Locale locale) {
        if (failure instanceof ErrorResponse errorResponse) {
            return ResponseEntity.status(errorResponse.getStatusCode())
                    .headers(errorResponse.getHeaders())
                    .body(errorResponse.getBody());
        }
        log.error("plan API request failed", failure);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale));
    }

    private ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("api.problem." + kind + ".detail", arguments, locale));
        problem.setTitle(messages.getMessage("api.problem." + kind + ".title", null, locale));
        return problem;
    }
}
