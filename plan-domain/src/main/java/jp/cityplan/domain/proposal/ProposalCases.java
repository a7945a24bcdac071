package jp.cityplan.domain.proposal;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import jp.cityplan.domain.shared.Require;

/**
 * What staff (through the process) do to a case, by its receipt number: each action loads the case, applies the
 * domain rule and stores it, or changes nothing.
 */
public final class ProposalCases {

    private final CitizenProposals proposals;
    private final Clock clock;

    public ProposalCases(CitizenProposals proposals, Clock clock) {
        this.proposals = Require.present(proposals, "proposals");
        this.clock = Require.present(clock, "clock");
    }

    public CitizenProposal get(ReceiptNumber receiptNumber) {
        return proposals.find(receiptNumber).orElseThrow(() -> new UnknownProposalException(receiptNumber));
    }

    public MaskedProposal masked(ReceiptNumber receiptNumber) {
        return get(receiptNumber).masked();
    }

    public void acceptForAnswer(ReceiptNumber receiptNumber, List<String> divisions) {
        change(receiptNumber, proposal -> proposal.acceptForAnswer(divisions));
    }

    public void keepAsInput(ReceiptNumber receiptNumber, String reason) {
        change(receiptNumber, proposal -> proposal.keepAsInput(reason));
    }

    public void reject(ReceiptNumber receiptNumber, String reason) {
        change(receiptNumber, proposal -> proposal.reject(reason));
    }

    /** Merges a duplicate into its original, which must exist and must not itself be merged or withdrawn. */
    public void mergeInto(ReceiptNumber receiptNumber, ReceiptNumber original) {
        ProposalState originalState = get(original).state();
        if (originalState == ProposalState.MERGED || originalState == ProposalState.WITHDRAWN) {
            throw new ProposalStateException(original, originalState, "the original of a duplicate");
        }
        change(receiptNumber, proposal -> proposal.mergeInto(original));
    }

    public void recordAnswer(ReceiptNumber receiptNumber, String text, AnswerDelivery delivery) {
        change(receiptNumber, proposal -> proposal.recordAnswer(new Answer(text, delivery, clock.instant())));
    }

    public void publish(ReceiptNumber receiptNumber) {
        change(receiptNumber, proposal -> proposal.publish(clock.instant()));
    }

    public void adopt(ReceiptNumber receiptNumber, Adoption adoption) {
        change(receiptNumber, proposal -> proposal.adopt(adoption));
    }

    private void change(ReceiptNumber receiptNumber, Consumer<CitizenProposal> action) {
        CitizenProposal proposal = get(receiptNumber);
        action.accept(proposal);
        proposals.update(proposal);
    }
}
