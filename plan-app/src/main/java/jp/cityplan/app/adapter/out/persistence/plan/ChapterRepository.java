package jp.cityplan.app.adapter.out.persistence.plan;

interface ChapterRepository extends PlanPartRepository<ChapterEntity> {
}
