package jp.cityplan.app.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.PublishedAnswer;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.shared.FiscalYear;

/** Cases in a map, for wiring tests that need no database; no versions, no concurrency. */
class InMemoryCitizenProposals implements CitizenProposals {

    private final Map<ReceiptNumber, CitizenProposal> cases = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public ReceiptNumber nextReceiptNumber(FiscalYear fiscalYear) {
        return ReceiptNumber.of(fiscalYear, sequence.incrementAndGet());
    }

    @Override
    public void add(CitizenProposal proposal) {
        cases.put(proposal.receiptNumber(), proposal);
    }

    @Override
    public void update(CitizenProposal proposal) {
        cases.put(proposal.receiptNumber(), proposal);
    }

    @Override
    public Optional<CitizenProposal> find(ReceiptNumber receiptNumber) {
        return Optional.ofNullable(cases.get(receiptNumber));
    }

    @Override
    public List<PublishedAnswer> published(int offset, int limit) {
        return List.of();
    }

    @Override
    public Map<InitiativeCode, Long> countByInitiative() {
        return Map.of();
    }
}
