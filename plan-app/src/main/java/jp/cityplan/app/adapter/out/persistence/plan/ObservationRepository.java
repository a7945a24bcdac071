package jp.cityplan.app.adapter.out.persistence.plan;

interface ObservationRepository extends PlanPartRepository<ObservationEntity> {
}
