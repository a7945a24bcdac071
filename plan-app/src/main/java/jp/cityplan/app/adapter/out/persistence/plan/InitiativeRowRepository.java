package jp.cityplan.app.adapter.out.persistence.plan;

interface InitiativeRowRepository extends PlanPartRepository<InitiativeRowEntity> {
}
