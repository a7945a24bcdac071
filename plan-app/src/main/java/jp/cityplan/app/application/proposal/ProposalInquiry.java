package jp.cityplan.app.application.proposal;

import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalAccess;
import jp.cityplan.domain.proposal.PublishedAnswer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What citizens read: their own case (receipt number and secret) and the published answers. Changes nothing. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProposalInquiry {

    /** The largest page of published answers. */
    public static final int MAX_PAGE_SIZE = 100;

    private final ProposalAccess access;
    private final CitizenProposals proposals;

    /** The case, where the number is known and the secret is the one issued; else empty (the two look the same). */
    public Optional<CitizenProposal> find(String receiptNumber, String secret) {
        return access.find(receiptNumber, secret);
    }

    /** A page (from 0) of published answers, newest first; one more is read to know whether a next page exists. */
    public PublishedPage published(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is outside the allowed range");
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE - MAX_PAGE_SIZE - 1L) {
            return new PublishedPage(List.of(), page, size, false);
        }
        List<PublishedAnswer> answers = proposals.published((int) offset, size + 1);
        boolean hasNext = answers.size() > size;
        return new PublishedPage(hasNext ? answers.subList(0, size) : answers, page, size, hasNext);
    }
}
