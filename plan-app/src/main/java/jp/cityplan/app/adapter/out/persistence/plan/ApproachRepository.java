package jp.cityplan.app.adapter.out.persistence.plan;

interface ApproachRepository extends PlanPartRepository<ApproachEntity> {
}
