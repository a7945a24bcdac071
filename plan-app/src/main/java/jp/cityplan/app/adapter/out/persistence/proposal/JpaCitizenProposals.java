package jp.cityplan.app.adapter.out.persistence.proposal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalConflictException;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.PublishedAnswer;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import jp.cityplan.domain.shared.FiscalYear;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen proposals in the {@code proposal_*} tables. Each method joins the caller's transaction or runs in its
 * own.
 * <p>
 * <b>Versions.</b> A case read from here carries the row's version in its snapshot; {@link #update} stores the
 * changes only where the row still has that version, else it fails with {@link ProposalConflictException} and
 * stores nothing. The aggregate is not told the new version after a store: a caller that changes a case again
 * reads it again with {@link #find} first (a second {@code update} of the same instance is refused as a conflict).
 */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaCitizenProposals implements CitizenProposals {

    /** Published answers per call at most: a page of the public list, not a dump of the table. */
    static final int MAX_PAGE = 500;

    private final ProposalCaseRepository cases;
    private final ReceiptNumberSequence receiptNumbers;
    private final ProposalEntityMapper mapper;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Takes the next number of the fiscal year. The sequence row stays locked until the caller's transaction ends:
     * submissions that store the case in the same transaction are numbered without gaps, one after the other.
     */
    @Override
    public ReceiptNumber nextReceiptNumber(FiscalYear fiscalYear) {
        return receiptNumbers.next(fiscalYear);
    }

    /** Stores a new case at version 0, whatever version its snapshot says. */
    @Override
    public void add(CitizenProposal proposal) {
        ProposalCaseEntity row = new ProposalCaseEntity();
        mapper.copy(proposal.snapshot(), row);
        entityManager.persist(row);
        entityManager.flush();
    }

    /**
     * Stores the case's changes where the stored row still has the version the case was read with.
     *
     * @throws ProposalConflictException where the row was changed since (the case must be read again)
     * @throws UnknownProposalException  where no such case is stored
     */
    @Override
    public void update(CitizenProposal proposal) {
        ProposalSnapshot snapshot = proposal.snapshot();
        ProposalCaseEntity row = cases.findById(snapshot.receiptNumber().value())
                .orElseThrow(() -> new UnknownProposalException(snapshot.receiptNumber()));
        if (row.getVersion() != snapshot.version()) {
            throw new ProposalConflictException(snapshot.receiptNumber());
        }
        mapper.copy(snapshot, row);
        try {
            // the version check of the UPDATE catches a change committed after the row was read above
            entityManager.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new ProposalConflictException(snapshot.receiptNumber());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CitizenProposal> find(ReceiptNumber receiptNumber) {
        return cases.findById(receiptNumber.value()).map(mapper::toSnapshot).map(CitizenProposal::restore);
    }

    /** Newest publication first (ties by receipt number, newest first); the domain masks what is shown. */
    @Override
    @Transactional(readOnly = true)
    public List<PublishedAnswer> published(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + " must not be negative and limit " + limit
                    + " must be 1-" + MAX_PAGE);
        }
        List<ProposalCaseEntity> page = entityManager.createQuery("select c from ProposalCaseEntity c"
                        + " where c.publishedAt is not null order by c.publishedAt desc, c.receiptNumber desc",
                        ProposalCaseEntity.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        loadLists(page);
        return page.stream()
                .map(mapper::toSnapshot)
                .map(CitizenProposal::restore)
                .flatMap(proposal -> proposal.publishedAnswer().stream())
                .toList();
    }

    /** The two lists of every case of the page, in one query each instead of two per case. */
    private void loadLists(List<ProposalCaseEntity> page) {
        if (page.isEmpty()) {
            return;
        }
        entityManager.createQuery("select distinct c from ProposalCaseEntity c left join fetch c.initiatives"
                + " where c in :page", ProposalCaseEntity.class).setParameter("page", page).getResultList();
        entityManager.createQuery("select distinct c from ProposalCaseEntity c left join fetch c.adoptedInitiatives"
                + " where c in :page", ProposalCaseEntity.class).setParameter("page", page).getResultList();
    }

    /** Counts the cases that name the initiative, but not withdrawn or merged ones; in the order of the codes as text. */
    @Override
    @Transactional(readOnly = true)
    public Map<InitiativeCode, Long> countByInitiative() {
        Map<InitiativeCode, Long> counts = new LinkedHashMap<>();
        cases.countByInitiative().stream()
                .sorted((a, b) -> a.initiativeCode().compareTo(b.initiativeCode()))
                .forEach(count -> counts.put(new InitiativeCode(count.initiativeCode()), count.proposals()));
        return counts;
    }
}
