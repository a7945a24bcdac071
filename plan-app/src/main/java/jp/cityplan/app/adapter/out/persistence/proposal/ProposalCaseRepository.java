package jp.cityplan.app.adapter.out.persistence.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The {@code proposal_case} rows. */
interface ProposalCaseRepository extends JpaRepository<ProposalCaseEntity, String> {

    /** How many cases name each initiative; withdrawn cases and duplicates merged into another do not count. */
    @Query("select new jp.cityplan.app.adapter.out.persistence.proposal.InitiativeCount(i, count(distinct c))"
            + " from ProposalCaseEntity c join c.initiatives i"
            + " where c.state not in (jp.cityplan.domain.proposal.ProposalState.WITHDRAWN,"
            + " jp.cityplan.domain.proposal.ProposalState.MERGED)"
            + " group by i")
    List<InitiativeCount> countByInitiative();
}
