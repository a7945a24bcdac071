package jp.cityplan.app.adapter.out.persistence.committee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The {@code committee_application} rows. */
interface ApplicationRepository extends JpaRepository<ApplicationEntity, String> {

    List<ApplicationEntity> findByRecruitmentIdOrderByApplicationNumberAsc(String recruitmentId);

    boolean existsByRecruitmentIdAndApplicantIdentity(String recruitmentId, String applicantIdentity);
}
