package jp.cityplan.domain.proposal;

import java.time.LocalDate;

/** What the citizen gets back: the receipt number, the access secret (shown this once) and the expected answer date. */
public record SubmissionReceipt(ReceiptNumber receiptNumber, AccessSecret secret, LocalDate answerDueOn) {

    @Override
    public String toString() {
        return "SubmissionReceipt[" + receiptNumber + "]";
    }
}
