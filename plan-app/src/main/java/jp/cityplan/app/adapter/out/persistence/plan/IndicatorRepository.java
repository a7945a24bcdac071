package jp.cityplan.app.adapter.out.persistence.plan;

interface IndicatorRepository extends PlanPartRepository<IndicatorEntity> {
}
