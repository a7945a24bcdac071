package jp.cityplan.app.adapter.out.persistence.plan;

interface ApproachParagraphRepository extends PlanPartRepository<ApproachParagraphEntity> {
}
