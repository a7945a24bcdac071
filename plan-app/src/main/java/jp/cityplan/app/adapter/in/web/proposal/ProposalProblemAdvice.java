package jp.cityplan.app.adapter.in.web.proposal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import jp.cityplan.app.application.proposal.IdempotencyKeyReusedException;
import jp.cityplan.app.application.proposal.SubmissionInProgressException;
import jp.cityplan.domain.proposal.InvalidSubmissionException;
import jp.cityplan.domain.proposal.ProposalConflictException;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.ProposalStateException;
import jp.cityplan.domain.proposal.UnknownProposalException;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns what goes wrong in the proposal API into RFC 7807 problem details in the reader's language (Japanese unless
 * {@code ?lang=en}). Refused fields are listed in {@code violations} as {@code {field, reason, message}}. An unknown
 * number and a wrong secret get the very same 404 body. Never a stack trace, an exception's text or a request's
 * content (personal data): an unexpected failure is logged and answered in general terms.
 */
@Slf4j
@RestControllerAdvice(assignableTypes = ProposalApiController.class)
@RequiredArgsConstructor
public class ProposalProblemAdvice {

    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    static final String MALFORMED = "MALFORMED";

    private final ProposalTexts texts;

    @ExceptionHandler(InvalidSubmissionException.class)
    public ResponseEntity<ProblemDetail> invalidSubmission(InvalidSubmissionException invalid, Locale locale) {
        List<ViolationResponse> violations = invalid.violations().stream()
                .map(v -> new ViolationResponse(v.field(), v.reason().name(), texts.violation(v, locale)))
                .toList();
        return withViolations(HttpStatus.BAD_REQUEST, "invalid-submission", violations, locale, violations.size());
    }

    /** Malformed JSON, an unknown field, or a value of the wrong type (e.g. an unknown publication consent). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        Throwable cause = unreadable.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return withViolations(HttpStatus.BAD_REQUEST, "unknown-field", List.of(new ViolationResponse(field,
                    UNKNOWN_FIELD, texts.message("proposal.violation.UNKNOWN_FIELD", locale, field))), locale, field);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String topField = mapping.getPath().get(0).getFieldName();
            ViolationResponse violation = new ViolationResponse(field, MALFORMED,
                    texts.violation(topField == null ? field : topField, MALFORMED, 0, locale));
            return withViolations(HttpStatus.BAD_REQUEST, "invalid-submission", List.of(violation), locale, 1);
        }
        return ResponseEntity.of(problem(HttpStatus.BAD_REQUEST, "malformed-json", locale)).build();
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    public ResponseEntity<ProblemDetail> invalidKey(InvalidIdempotencyKeyException invalid, Locale locale) {
        String header = ProposalApiController.IDEMPOTENCY_KEY_HEADER;
        return withViolations(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", List.of(new ViolationResponse(header,
                MALFORMED, texts.violation(header, MALFORMED, 100, locale))), locale);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    public ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException reused, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", locale)).build();
    }

    @ExceptionHandler(SubmissionInProgressException.class)
    public ResponseEntity<ProblemDetail> inProgress(SubmissionInProgressException inProgress, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.CONFLICT, "submission-in-progress", locale)).build();
    }

    /** The same body for an unknown number and a wrong or missing secret: nothing tells them apart. */
    @ExceptionHandler({ProposalNotFoundException.class, UnknownProposalException.class})
    public ResponseEntity<ProblemDetail> notFound(RuntimeException notFound, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "not-found", locale)).build();
    }

    @ExceptionHandler(ProposalStateException.class)
    public ResponseEntity<ProblemDetail> notWithdrawable(ProposalStateException refused, Locale locale) {
        ProposalState state = refused.state();
        String stateLabel = state == null ? "" : texts.stateLabel(state, locale);
        String kind = state == ProposalState.ANSWERED ? "already-answered" : "not-withdrawable";
        ProblemDetail problem = problem(HttpStatus.CONFLICT, kind, locale, stateLabel);
        if (state != null) {
            problem.setProperty("state", new ProposalStatusResponse.StateResponse(state.name(), stateLabel));
        }
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(ProposalConflictException.class)
    public ResponseEntity<ProblemDetail> changedMeanwhile(ProposalConflictException conflict, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.CONFLICT, "changed-meanwhile", locale)).build();
    }

    @ExceptionHandler(InvalidPagingException.class)
    public ResponseEntity<ProblemDetail> invalidPaging(InvalidPagingException invalid, Locale locale) {
        return withViolations(HttpStatus.BAD_REQUEST, "invalid-paging", List.of(new ViolationResponse(invalid.parameter(),
                invalid.reason(), texts.violation(invalid.parameter(), invalid.reason(), invalid.limit(), locale))), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        return withViolations(HttpStatus.BAD_REQUEST, "invalid-paging", List.of(new ViolationResponse(mismatch.getName(),
                MALFORMED, texts.violation(mismatch.getName(), MALFORMED, 0, locale))), locale);
    }

    /** Spring's own web errors keep their status and problem body; anything else is a 500 without details. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception failure, Locale locale) {
        if (failure instanceof ErrorResponse errorResponse) {
            return ResponseEntity.status(errorResponse.getStatusCode())
                    .headers(errorResponse.getHeaders())
                    .body(errorResponse.getBody());
        }
        log.error("proposal API request failed", failure);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale));
    }

    private ResponseEntity<ProblemDetail> withViolations(HttpStatus status, String kind, List<ViolationResponse> violations,
                                                         Locale locale, Object... arguments) {
        ProblemDetail problem = problem(status, kind, locale, arguments);
        problem.setProperty("violations", violations);
        return ResponseEntity.of(problem).build();
    }

    private ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                texts.message("proposal.problem." + kind + ".detail", locale, arguments));
        problem.setTitle(texts.message("proposal.problem." + kind + ".title", locale));
        return problem;
    }

    /** {@code initiatives[2]}, {@code subject}: where in the request body a value was refused. */
    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
