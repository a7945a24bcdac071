package jp.cityplan.app.config.rest;

import java.util.Locale;
import jp.cityplan.domain.proposal.ProposalConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A proposal changed by someone else meanwhile is a 409 problem in any JSON API. Ordered last: the proposal API's own
 * advice answers it first there, in its own words (also 409).
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
public class ProposalConflictProblemAdvice {

    @ExceptionHandler(ProposalConflictException.class)
    public ResponseEntity<ProblemDetail> changedMeanwhile(ProposalConflictException conflict, Locale locale) {
        return ConflictProblems.conflict(locale);
    }
}
