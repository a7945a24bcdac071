package jp.cityplan.app.adapter.out.persistence.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One plan as the rows of its tables. A working set within one call of {@link JpaComprehensivePlans}: the lists
 * are filled by {@link PlanDecomposer} or read by {@link PlanTableStore}.
 */
record PlanTables(
        PlanEntity plan,
        List<ChapterEntity> chapters,
        List<MeasureEntity> measures,
        List<ApproachEntity> approaches,
        List<ApproachParagraphEntity> paragraphs,
        List<InitiativeRowEntity> rows,
        List<IndicatorEntity> indicators,
        List<IndicatorSeriesEntity> series,
        List<ObservationEntity> observations,
        List<TargetEntity> targets,
        List<NoteEntity> notes) {

    /** The plan row and empty lists to add the tree's rows to. */
    static PlanTables startingWith(PlanEntity plan) {
        return new PlanTables(plan, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
    }
}
