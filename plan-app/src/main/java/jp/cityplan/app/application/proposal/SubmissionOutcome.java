package jp.cityplan.app.application.proposal;

import java.time.LocalDate;
import java.util.Optional;
import jp.cityplan.domain.proposal.AccessSecret;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.SubmissionReceipt;

/**
 * What a submission answers: the receipt number and the expected answer date; the access secret only the first time
 * ({@code replayed} false). A replay of a request already received (same idempotency key, same content) gets the
 * same receipt without the secret, which is not kept and cannot be shown again.
 */
public record SubmissionOutcome(ReceiptNumber receiptNumber, Optional<AccessSecret> secret, LocalDate answerDueOn,
                                boolean replayed) {

    static SubmissionOutcome received(SubmissionReceipt receipt) {
        return new SubmissionOutcome(receipt.receiptNumber(), Optional.of(receipt.secret()), receipt.answerDueOn(), false);
    }

    static SubmissionOutcome replayOf(RememberedSubmission remembered) {
        return new SubmissionOutcome(remembered.receiptNumber(), Optional.empty(), remembered.answerDueOn(), true);
    }

    @Override
    public String toString() {
        return "SubmissionOutcome[" + receiptNumber + (replayed ? ", replayed" : "") + "]";
    }
}
