package jp.cityplan.workflow.proposal;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Staff input the case cannot take, e.g. a rejection without a reason. Thrown while a form is submitted, it rolls the
 * submission back: the task stays open and Tasklist shows the message, which is written for staff in Japanese and
 * never quotes personal data. Thrown by a task listener, the engine wraps it (ENGINE-03051, the Japanese message
 * quoted inside); {@link #findIn(Throwable)} gets it back for a UI of the app's own.
 */
public class ProposalInputException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    public ProposalInputException(String message) {
        super(message);
    }

    public ProposalInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The refusal behind an exception the engine threw, where there is one. */
    public static Optional<ProposalInputException> findIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProposalInputException refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
