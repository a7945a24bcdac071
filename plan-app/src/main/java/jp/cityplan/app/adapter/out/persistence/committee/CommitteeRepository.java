package jp.cityplan.app.adapter.out.persistence.committee;

import org.springframework.data.jpa.repository.JpaRepository;

/** The {@code committee} rows. */
interface CommitteeRepository extends JpaRepository<CommitteeEntity, String> {
}
