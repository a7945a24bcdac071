package jp.cityplan.app.adapter.out.persistence.plan;

interface NoteRepository extends PlanPartRepository<NoteEntity> {
}
