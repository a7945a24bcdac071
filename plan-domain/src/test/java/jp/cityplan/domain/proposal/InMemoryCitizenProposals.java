package jp.cityplan.domain.proposal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * A tiny in-memory fake of the port that behaves like a table with a version column: {@link #find} hands out a fresh
 * copy, {@link #update} stores only when the copy's version is the stored one and then counts the version up.
 */
class InMemoryCitizenProposals implements CitizenProposals {

    private final Map<ReceiptNumber, ProposalSnapshot> rows = new LinkedHashMap<>();
    private final Map<FiscalYear, Long> sequences = new HashMap<>();
    private int adds;
    private int updates;
    private Runnable afterNextRead;

    @Override
    public ReceiptNumber nextReceiptNumber(FiscalYear fiscalYear) {
        return ReceiptNumber.of(fiscalYear, sequences.merge(fiscalYear, 1L, Long::sum));
    }

    @Override
    public void add(CitizenProposal proposal) {
        adds++;
        if (rows.putIfAbsent(proposal.receiptNumber(), proposal.snapshot()) != null) {
            throw new IllegalStateException("receipt number " + proposal.receiptNumber() + " is already stored");
        }
    }

    @Override
    public void update(CitizenProposal proposal) {
        ProposalSnapshot changed = proposal.snapshot();
        ProposalSnapshot stored = rows.get(changed.receiptNumber());
        if (stored == null) {
            throw new UnknownProposalException(changed.receiptNumber());
        }
        if (stored.version() != changed.version()) {
            throw new ProposalConflictException(changed.receiptNumber());
        }
        rows.put(changed.receiptNumber(), withVersion(changed, stored.version() + 1));
        updates++;
    }

    @Override
    public Optional<CitizenProposal> find(ReceiptNumber receiptNumber) {
        Optional<CitizenProposal> read = Optional.ofNullable(rows.get(receiptNumber)).map(CitizenProposal::restore);
        Runnable meanwhile = afterNextRead;
        afterNextRead = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
        return read;
    }

    @Override
    public List<PublishedAnswer> published(int offset, int limit) {
        return rows.values().stream()
                .map(CitizenProposal::restore)
                .map(CitizenProposal::publishedAnswer)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(PublishedAnswer::publishedAt).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public Map<InitiativeCode, Long> countByInitiative() {
        return rows.values().stream()
                .filter(row -> row.state() != ProposalState.WITHDRAWN && row.state() != ProposalState.MERGED)
                .flatMap(row -> row.initiatives().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Someone else's change that happens right after the next read, before the reader stores anything. */
    void afterNextRead(Runnable change) {
        this.afterNextRead = change;
    }

    /** The stored row, as a database client would see it. */
    ProposalSnapshot stored(ReceiptNumber receiptNumber) {
        ProposalSnapshot row = rows.get(receiptNumber);
        if (row == null) {
            throw new AssertionError("nothing stored under " + receiptNumber);
        }
        return row;
    }

    int size() {
        return rows.size();
    }

    int adds() {
        return adds;
    }

    int updates() {
        return updates;
    }

    private static ProposalSnapshot withVersion(ProposalSnapshot s, long version) {
        return new ProposalSnapshot(s.receiptNumber(), s.secretHash(), s.channel(), s.intakeOffice(), s.subject(),
                s.text(), s.category(), s.initiatives(), s.contact(), s.wantsAnswer(), s.publicationConsent(),
                s.receivedAt(), s.answerDueOn(), s.state(), s.decisionReason(), s.mergedInto(), s.divisions(),
                s.answer(), s.publishedAt(), s.adoption(), s.withdrawnAt(), version);
    }
}
