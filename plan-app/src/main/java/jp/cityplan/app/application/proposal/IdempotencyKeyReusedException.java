package jp.cityplan.app.application.proposal;

/** An idempotency key already used for a submission came back with a different request: nothing was stored. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(IdempotencyKey key) {
        super("idempotency key " + key.value() + " was used before for a different submission");
    }
}
