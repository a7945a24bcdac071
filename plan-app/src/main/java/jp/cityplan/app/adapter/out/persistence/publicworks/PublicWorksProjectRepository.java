package jp.cityplan.app.adapter.out.persistence.publicworks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicWorksProjectRepository extends JpaRepository<PublicWorksProjectEntity, String> {

    List<PublicWorksProjectEntity> findAllByOrderByProjectIdAsc();
}
