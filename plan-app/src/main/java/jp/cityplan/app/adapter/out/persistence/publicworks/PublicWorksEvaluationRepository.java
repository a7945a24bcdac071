package jp.cityplan.app.adapter.out.persistence.publicworks;

import java.util.Collection;
import java.util.List;
import jp.cityplan.domain.publicworks.EvaluationState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicWorksEvaluationRepository extends JpaRepository<PublicWorksEvaluationEntity, String> {

    boolean existsByProjectIdAndStateNotIn(String projectId, Collection<EvaluationState> states);

    List<PublicWorksEvaluationEntity> findByPublishedOnIsNotNullOrderByPublishedOnDescReferenceDesc(Pageable page);
}
