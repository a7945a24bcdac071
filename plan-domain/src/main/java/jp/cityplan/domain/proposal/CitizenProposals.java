package jp.cityplan.domain.proposal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.FiscalYear;

/** The citizen proposals the city keeps (repository). */
public interface CitizenProposals {

    /** The next free receipt number of the fiscal year; never handed out twice, even across nodes. */
    ReceiptNumber nextReceiptNumber(FiscalYear fiscalYear);

    void add(CitizenProposal proposal);

    /**
     * Stores the proposal's changes; fails with {@link ProposalConflictException} where someone else changed it
     * since it was read.
     */
    void update(CitizenProposal proposal);

    Optional<CitizenProposal> find(ReceiptNumber receiptNumber);

    /** Published answers, newest first. */
    List<PublishedAnswer> published(int offset, int limit);

    /** How many proposals concern each initiative; withdrawn proposals and merged duplicates do not count. */
    Map<InitiativeCode, Long> countByInitiative();
}
