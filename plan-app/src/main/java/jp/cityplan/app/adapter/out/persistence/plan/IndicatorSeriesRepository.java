package jp.cityplan.app.adapter.out.persistence.plan;

interface IndicatorSeriesRepository extends PlanPartRepository<IndicatorSeriesEntity> {
}
