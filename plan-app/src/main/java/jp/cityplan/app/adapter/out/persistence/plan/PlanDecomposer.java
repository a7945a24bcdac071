package jp.cityplan.app.adapter.out.persistence.plan;

import java.time.Instant;
import java.util.List;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.Measure;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Turns a plan into the rows of its tables, each with its plan, its parent's key and its 1-based position. */
@Component
@RequiredArgsConstructor
class PlanDecomposer {

    private final PlanEntityMapper mapper;

    PlanTables decompose(ComprehensivePlan plan, Instant storedAt) {
        PlanTables tables = PlanTables.startingWith(mapper.toEntity(plan.summary(), storedAt));
        String planId = tables.plan().getId();
        List<Chapter> chapters = plan.chapters();
        for (int c = 0; c < chapters.size(); c++) {
            tables.chapters().add(mapper.toEntity(planId, c + 1, chapters.get(c)));
            List<Measure> measures = chapters.get(c).measures();
            for (int m = 0; m < measures.size(); m++) {
                addMeasure(tables, c + 1, m + 1, measures.get(m));
            }
        }
        for (int n = 0; n < plan.notes().size(); n++) {
            tables.notes().add(mapper.toEntity(planId, n + 1, plan.notes().get(n)));
        }
        return tables;
    }

    private void addMeasure(PlanTables tables, int chapterPosition, int position, Measure measure) {
        String planId = tables.plan().getId();
        tables.measures().add(mapper.toEntity(planId, chapterPosition, position, measure));
        String measureCode = mapper.column(measure.code());
        for (int a = 0; a < measure.approaches().size(); a++) {
            Approach approach = measure.approaches().get(a);
            tables.approaches().add(mapper.toEntity(planId, measureCode, a + 1, approach));
            addApproachParts(tables, approach);
        }
    }

    private void addApproachParts(PlanTables tables, Approach approach) {
        String planId = tables.plan().getId();
        String code = mapper.column(approach.code());
        addParagraphs(tables, code, ProseSection.CURRENT_SITUATION, approach.currentSituation());
        addParagraphs(tables, code, ProseSection.BASIC_POLICY, approach.basicPolicy());
        for (int i = 0; i < approach.indicators().size(); i++) {
            addIndicator(tables, code, i + 1, approach.indicators().get(i));
        }
        for (int r = 0; r < approach.rows().size(); r++) {
            tables.rows().add(mapper.toEntity(planId, code, r + 1, approach.rows().get(r)));
        }
    }

    private void addParagraphs(PlanTables tables, String approachCode, ProseSection section, List<String> paragraphs) {
        for (int p = 0; p < paragraphs.size(); p++) {
            tables.paragraphs().add(mapper.toParagraph(tables.plan().getId(), approachCode, section, p + 1,
                    paragraphs.get(p)));
        }
    }

    private void addIndicator(PlanTables tables, String approachCode, int position, Indicator indicator) {
        String planId = tables.plan().getId();
        String id = mapper.column(indicator.id());
        tables.indicators().add(mapper.toEntity(planId, approachCode, position, indicator));
        for (int s = 0; s < indicator.series().size(); s++) {
            tables.series().add(mapper.toEntity(planId, id, s + 1, indicator.series().get(s)));
        }
        for (int o = 0; o < indicator.observations().size(); o++) {
            tables.observations().add(mapper.toEntity(planId, id, o + 1, tables.plan().getLoadedAt(),
                    indicator.observations().get(o)));
        }
        for (int t = 0; t < indicator.targets().size(); t++) {
            tables.targets().add(mapper.toEntity(planId, id, t + 1, indicator.targets().get(t)));
        }
    }
}
