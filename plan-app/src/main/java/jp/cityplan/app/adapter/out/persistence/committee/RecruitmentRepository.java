package jp.cityplan.app.adapter.out.persistence.committee;

import java.time.Instant;
import java.util.List;
import jp.cityplan.domain.committee.RecruitmentState;
import org.springframework.data.jpa.repository.JpaRepository;

/** The {@code committee_recruitment} rows. */
interface RecruitmentRepository extends JpaRepository<RecruitmentEntity, String> {

    List<RecruitmentEntity> findByStateAndOpensAtLessThanEqualAndClosesAtGreaterThanOrderByClosesAtAscIdAsc(
            RecruitmentState state, Instant opensBy, Instant closesAfter);
}
