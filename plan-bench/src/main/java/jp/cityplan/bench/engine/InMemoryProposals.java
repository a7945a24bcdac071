package jp.cityplan.bench.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.PublishedAnswer;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * The domain's proposal port in memory, for the engine-only baseline: it keeps snapshots and restores a fresh
 * aggregate on every find, like a database would, but costs no SQL. Safe for several driver threads.
 */
final class InMemoryProposals implements CitizenProposals {

    private final Map<ReceiptNumber, ProposalSnapshot> stored = new ConcurrentHashMap<>();
    private final Map<FiscalYear, AtomicLong> sequences = new ConcurrentHashMap<>();

    @Override
    public ReceiptNumber nextReceiptNumber(FiscalYear fiscalYear) {
        return ReceiptNumber.of(fiscalYear, sequences.computeIfAbsent(fiscalYear, year -> new AtomicLong()).incrementAndGet());
    }

    @Override
    public void add(CitizenProposal proposal) {
        if (stored.putIfAbsent(proposal.receiptNumber(), proposal.snapshot()) != null) {
            throw new IllegalStateException("proposal " + proposal.receiptNumber() + " exists");
        }
    }

    @Override
    public void update(CitizenProposal proposal) {
        if (stored.replace(proposal.receiptNumber(), proposal.snapshot()) == null) {
            throw new UnknownProposalException(proposal.receiptNumber());
        }
    }

    @Override
    public Optional<CitizenProposal> find(ReceiptNumber receiptNumber) {
        return Optional.ofNullable(stored.get(receiptNumber)).map(CitizenProposal::restore);
    }

    @Override
    public List<PublishedAnswer> published(int offset, int limit) {
        return List.of(); // not asked for by the process
    }

    @Override
    public Map<InitiativeCode, Long> countByInitiative() {
        return Map.of(); // not asked for by the process
    }

    /** Forgets the answered proposals, so that a long run does not grow the heap. */
    void forget(ReceiptNumber receiptNumber) {
        stored.remove(receiptNumber);
    }
}
