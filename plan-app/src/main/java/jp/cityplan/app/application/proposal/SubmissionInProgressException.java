package jp.cityplan.app.application.proposal;

/**
 * A submission with the same idempotency key is still being processed elsewhere and did not finish in time; the
 * client may send the same request again a little later.
 */
public class SubmissionInProgressException extends RuntimeException {

    public SubmissionInProgressException(IdempotencyKey key) {
        super("a submission with idempotency key " + key.value() + " is still in progress");
    }
}
