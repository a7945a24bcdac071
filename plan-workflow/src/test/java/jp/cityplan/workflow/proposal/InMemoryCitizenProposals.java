package jp.cityplan.workflow.proposal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.PublishedAnswer;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import jp.cityplan.domain.shared.FiscalYear;

/** The proposals in memory: stores snapshots and restores a fresh aggregate on every find, like a database. */
final class InMemoryCitizenProposals implements CitizenProposals {

    private final Map<ReceiptNumber, ProposalSnapshot> stored = new LinkedHashMap<>();
    private final Map<FiscalYear, Long> sequences = new HashMap<>();

    @Override
    public synchronized ReceiptNumber nextReceiptNumber(FiscalYear fiscalYear) {
        long next = sequences.merge(fiscalYear, 1L, Long::sum);
        return ReceiptNumber.of(fiscalYear, next);
    }

    @Override
    public synchronized void add(CitizenProposal proposal) {
        if (stored.putIfAbsent(proposal.receiptNumber(), proposal.snapshot()) != null) {
            throw new IllegalStateException("proposal " + proposal.receiptNumber() + " exists");
        }
    }

    @Override
    public synchronized void update(CitizenProposal proposal) {
        if (!stored.containsKey(proposal.receiptNumber())) {
            throw new UnknownProposalException(proposal.receiptNumber());
        }
        stored.put(proposal.receiptNumber(), proposal.snapshot());
    }

    @Override
    public synchronized Optional<CitizenProposal> find(ReceiptNumber receiptNumber) {
        return Optional.ofNullable(stored.get(receiptNumber)).map(CitizenProposal::restore);
    }

    @Override
    public synchronized List<PublishedAnswer> published(int offset, int limit) {
        return stored.values().stream().map(CitizenProposal::restore)
                .flatMap(proposal -> proposal.publishedAnswer().stream())
                .sorted(Comparator.comparing(PublishedAnswer::publishedAt).reversed())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized Map<InitiativeCode, Long> countByInitiative() {
        return stored.values().stream()
                .filter(snapshot -> snapshot.state() != jp.cityplan.domain.proposal.ProposalState.WITHDRAWN
                        && snapshot.state() != jp.cityplan.domain.proposal.ProposalState.MERGED)
                .flatMap(snapshot -> snapshot.initiatives().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
