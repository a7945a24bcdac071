package jp.cityplan.app.adapter.out.persistence.plan;

import java.util.Comparator;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the rows of a plan's tree: parents before children, so that the foreign keys hold at every
 * insert, and one query per table when reading, however many approaches the plan has.
 */
@Component
@RequiredArgsConstructor
class PlanTableStore {

    /** Initiatives at home before relistings: a relisting's home row must exist when it is inserted. */
    private static final Comparator<InitiativeRowEntity> HOMES_FIRST =
            Comparator.comparing(row -> row.getInitiativeCode() == null);

    private final ChapterRepository chapters;
    private final MeasureRepository measures;
    private final ApproachRepository approaches;
    private final ApproachParagraphRepository paragraphs;
    private final InitiativeRowRepository rows;
    private final IndicatorRepository indicators;
    private final IndicatorSeriesRepository series;
    private final ObservationRepository observations;
    private final TargetRepository targets;
    private final NoteRepository notes;

    /** Inserts the tree below a plan row already stored. */
    void insertTree(PlanTables tables) {
        chapters.saveAll(tables.chapters());
        measures.saveAll(tables.measures());
        approaches.saveAll(tables.approaches());
        paragraphs.saveAll(tables.paragraphs());
        rows.saveAll(tables.rows().stream().sorted(HOMES_FIRST).toList());
        indicators.saveAll(tables.indicators());
        series.saveAll(tables.series());
        observations.saveAll(tables.observations());
        targets.saveAll(tables.targets());
        notes.saveAll(tables.notes());
    }

    PlanTables readTree(PlanEntity plan) {
        String id = plan.getId();
        return new PlanTables(plan,
                chapters.findByPlanIdOrderByPosition(id),
                measures.findByPlanIdOrderByPosition(id),
                approaches.findByPlanIdOrderByPosition(id),
                paragraphs.findByPlanIdOrderByPosition(id),
                rows.findByPlanIdOrderByPosition(id),
                indicators.findByPlanIdOrderByPosition(id),
                series.findByPlanIdOrderByPosition(id),
                observations.findByPlanIdOrderByPosition(id),
                targets.findByPlanIdOrderByPosition(id),
                notes.findByPlanIdOrderByPosition(id));
    }
}
