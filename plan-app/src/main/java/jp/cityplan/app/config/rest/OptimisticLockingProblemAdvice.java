package jp.cityplan.app.config.rest;

import java.util.Locale;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A concurrent change found at commit (the engine's {@link OptimisticLockingException}, JPA's and Spring's
 * {@link OptimisticLockingFailureException}) is a 409 problem in every JSON API of the app. Ordered first: the
 * per-controller advices end in a catch-all that would make it a 500.
 */
@Slf4j
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
public class OptimisticLockingProblemAdvice {

    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    public ResponseEntity<ProblemDetail> changedMeanwhile(RuntimeException conflict, Locale locale) {
        log.info("concurrent change refused: {}", conflict.getClass().getSimpleName());
        return ConflictProblems.conflict(locale);
    }
}
