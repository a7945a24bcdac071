package jp.cityplan.app.adapter.out.persistence.plan;

interface MeasureRepository extends PlanPartRepository<MeasureEntity> {
}
