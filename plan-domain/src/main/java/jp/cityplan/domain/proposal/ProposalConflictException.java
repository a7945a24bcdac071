package jp.cityplan.domain.proposal;

/** The case was changed by someone else since it was read; nothing of this change was stored. */
public class ProposalConflictException extends RuntimeException {

    public ProposalConflictException(ReceiptNumber receiptNumber) {
        super("proposal " + receiptNumber + " was changed by someone else in the meantime");
    }
}
