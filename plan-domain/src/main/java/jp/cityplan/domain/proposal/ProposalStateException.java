package jp.cityplan.domain.proposal;

/** An action the case's state does not allow, e.g. withdrawing a proposal whose answer was already sent. */
public class ProposalStateException extends RuntimeException {

    private final transient ProposalState state;

    public ProposalStateException(ReceiptNumber receiptNumber, ProposalState state, String action) {
        super("proposal " + receiptNumber + " is " + state + " and cannot be " + action);
        this.state = state;
    }

    public ProposalState state() {
        return state;
    }
}
