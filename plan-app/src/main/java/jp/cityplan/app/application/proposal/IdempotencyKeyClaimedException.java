package jp.cityplan.app.application.proposal;

/**
 * Another submission with the same idempotency key won the race to claim it. The losing transaction is rolled back
 * and {@link ProposalIntake} answers with the winner's receipt.
 */
public class IdempotencyKeyClaimedException extends RuntimeException {

    public IdempotencyKeyClaimedException(IdempotencyKey key, Throwable cause) {
        super("idempotency key " + key.value() + " was claimed by another submission", cause);
    }
}
