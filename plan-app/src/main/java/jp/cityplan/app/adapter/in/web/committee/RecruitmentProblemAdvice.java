package jp.cityplan.app.adapter.in.web.committee;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.cityplan.domain.committee.InvalidApplicationException;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems of the recruitment API as RFC 7807 documents; refused fields in {@code violations}, in Japanese by default. */
@RestControllerAdvice(assignableTypes = RecruitmentApiController.class)
@RequiredArgsConstructor
public class RecruitmentProblemAdvice {

    private final RecruitmentTexts texts;

    @ExceptionHandler(InvalidApplicationException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidApplicationException invalid, Locale locale) {
        List<Violation> violations = invalid.errors().stream()
                .map(error -> new Violation(error.field(), error.reason().name(), texts.of(error, locale))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-application", locale, violations.size());
        problem.setProperty("violations", violations);
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(UnknownCommitteeException.class)
    public ResponseEntity<ProblemDetail> unknown(UnknownCommitteeException unknown, Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "unknown-recruitment", locale)).build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        if (unreadable.getMostSpecificCause() instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-application", locale, 1);
            problem.setProperty("violations", List.of(new Violation(field, "UNKNOWN_FIELD",
                    texts.message("committee.violation.UNKNOWN_FIELD", locale, field))));
            return ResponseEntity.of(problem).build();
        }
        return ResponseEntity.of(problem(HttpStatus.BAD_REQUEST, "malformed-json", locale)).build();
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                : String.valueOf(reference.getIndex())).collect(Collectors.joining("."));
    }

    private ProblemDetail problem(HttpStatus status, String type, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                texts.message("committee.problem." + type + ".detail", locale, arguments));
        problem.setTitle(texts.message("committee.problem." + type + ".title", locale));
        problem.setType(java.net.URI.create("https://cityplan.jp/problems/" + type));
        return problem;
    }

    /** One refused field. */
    public record Violation(String field, String reason, String message) {
    }
}
