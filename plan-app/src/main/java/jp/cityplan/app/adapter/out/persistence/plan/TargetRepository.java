package jp.cityplan.app.adapter.out.persistence.plan;

interface TargetRepository extends PlanPartRepository<TargetEntity> {
}
