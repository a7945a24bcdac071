package jp.cityplan.app.application.proposal;

import java.time.Instant;
import java.util.Optional;
import jp.cityplan.domain.proposal.ReceiptNumber;

/**
 * The idempotency keys seen with submissions (port; table {@code proposal_idempotency_key}). A key is claimed first,
 * in the submission's transaction, and completed with the receipt in the same transaction, so no other transaction
 * ever sees a claimed key without its receipt.
 */
public interface IdempotencyKeys {

    /** The completed submission made with this key, if any. */
    Optional<RememberedSubmission> find(IdempotencyKey key);

    /**
     * Claims the key for a submission about to be made.
     *
     * @throws IdempotencyKeyClaimedException where another transaction holds or has stored the same key; the
     *                                        current transaction cannot continue and must be rolled back
     */
    void claim(IdempotencyKey key, String requestHash, Instant at);

    /** Records the receipt of the submission the key was claimed for. */
    void complete(IdempotencyKey key, ReceiptNumber receiptNumber, java.time.LocalDate answerDueOn);

    /** Forgets the keys claimed before the given time; returns how many. */
    int forgetClaimedBefore(Instant before);
}
