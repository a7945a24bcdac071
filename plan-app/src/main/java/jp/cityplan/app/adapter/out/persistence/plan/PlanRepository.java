package jp.cityplan.app.adapter.out.persistence.plan;

import org.springframework.data.jpa.repository.JpaRepository;

/** The {@code plan_plan} rows. */
interface PlanRepository extends JpaRepository<PlanEntity, String> {
}
