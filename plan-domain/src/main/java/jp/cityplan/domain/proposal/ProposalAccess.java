package jp.cityplan.domain.proposal;

import java.time.Clock;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * What a citizen, holding the receipt number and the secret, may do: read the case and withdraw it. A wrong secret
 * and an unknown number look the same from outside.
 */
public final class ProposalAccess {

    private final CitizenProposals proposals;
    private final Clock clock;

    public ProposalAccess(CitizenProposals proposals, Clock clock) {
        this.proposals = Require.present(proposals, "proposals");
        this.clock = Require.present(clock, "clock");
    }

    public Optional<CitizenProposal> find(String typedReceiptNumber, String secret) {
        String receiptNumber = ReceiptNumber.normalise(typedReceiptNumber);
        if (!ReceiptNumber.isWellFormed(receiptNumber)) {
            return Optional.empty();
        }
        Optional<AccessSecret> typed = AccessSecret.parse(secret);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return proposals.find(new ReceiptNumber(receiptNumber)).filter(p -> p.isAccessibleWith(typed.get()));
    }

    /** Withdraws the case; unknown number or wrong secret: {@link UnknownProposalException}. */
    public CitizenProposal withdraw(String receiptNumber, String secret) {
        CitizenProposal proposal = find(receiptNumber, secret)
                .orElseThrow(() -> new UnknownProposalException(String.valueOf(receiptNumber)));
        proposal.withdraw(clock.instant());
        proposals.update(proposal);
        return proposal;
    }
}
