package jp.cityplan.app.adapter.in.web.proposal;

/** The {@code Idempotency-Key} header is empty, too long or holds other than visible ASCII characters. */
class InvalidIdempotencyKeyException extends RuntimeException {

    InvalidIdempotencyKeyException() {
        super("the Idempotency-Key header is not 1-100 visible ASCII characters");
    }
}
