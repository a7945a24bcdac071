package jp.cityplan.app.adapter.out.persistence.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The {@code proposal_case} rows. */
interface ProposalCaseRepository extends JpaRepository<ProposalCaseEntity, String> {

    /** How many cases name each initiative, from {@code proposal_initiative} alone. */
    @Query("select new jp.cityplan.app.adapter.out.persistence.proposal.InitiativeCount(i, count(distinct c))"
            + " from ProposalCaseEntity c join c.initiatives i group by i")
    List<InitiativeCount> countByInitiative();
}
