package jp.cityplan.workflow.committee;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Staff input the recruitment cannot take (a period under three weeks, a score over 100). Thrown while a form is
 * submitted, it rolls the submission back: the start form or task stays open and Tasklist shows the Japanese message,
 * which never quotes personal data.
 */
public class RecruitmentInputException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    public RecruitmentInputException(String message) {
        super(message);
    }

    public RecruitmentInputException(String message, Throwable cause) {
        super(message, cause);
    }

    public static Optional<RecruitmentInputException> findIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecruitmentInputException refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
