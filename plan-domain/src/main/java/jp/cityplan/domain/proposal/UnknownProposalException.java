package jp.cityplan.domain.proposal;

/** No proposal has this receipt number (or the secret does not match: the citizen is told the same). */
public class UnknownProposalException extends RuntimeException {

    public UnknownProposalException(ReceiptNumber receiptNumber) {
        this(receiptNumber.value());
    }

    public UnknownProposalException(String receiptNumber) {
        super("no proposal " + receiptNumber);
    }
}
