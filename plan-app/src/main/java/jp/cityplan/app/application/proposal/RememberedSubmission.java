package jp.cityplan.app.application.proposal;

import java.time.LocalDate;
import jp.cityplan.domain.proposal.ReceiptNumber;

/**
 * What is kept of a submission made with an idempotency key: a fingerprint of the request (never the request
 * itself: it holds personal data) and what the citizen was told, except the secret, which is never stored.
 */
public record RememberedSubmission(String requestHash, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
}
