package jp.cityplan.app.adapter.out.persistence.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.PlanSummary;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Builds a plan again from the rows of its tables: rows are grouped by their parent's key in memory, each group
 * kept in the order read (by position), and the whole plan is checked again by {@link ComprehensivePlan#of}.
 */
@Component
@RequiredArgsConstructor
class PlanReassembler {

    private final PlanDomainMapper mapper;

    ComprehensivePlan reassemble(PlanTables tables) {
        return new Assembly(tables).plan();
    }

    /** The rows of one plan grouped by parent, for one reassembly. */
    private final class Assembly {

        private final PlanTables tables;
        private final Map<Integer, List<MeasureEntity>> measures;
        private final Map<String, List<ApproachEntity>> approaches;
        private final Map<String, List<ApproachParagraphEntity>> paragraphs;
        private final Map<String, List<InitiativeRowEntity>> rows;
        private final Map<String, List<IndicatorEntity>> indicators;
        private final Map<String, List<IndicatorSeriesEntity>> series;
        private final Map<String, List<ObservationEntity>> observations;
        private final Map<String, List<TargetEntity>> targets;

        Assembly(PlanTables tables) {
            this.tables = tables;
            measures = byParent(tables.measures(), MeasureEntity::getChapterPosition);
            approaches = byParent(tables.approaches(), ApproachEntity::getMeasureCode);
            paragraphs = byParent(tables.paragraphs(), ApproachParagraphEntity::getApproachCode);
            rows = byParent(tables.rows(), InitiativeRowEntity::getApproachCode);
            indicators = byParent(tables.indicators(), IndicatorEntity::getApproachCode);
            series = byParent(tables.series(), IndicatorSeriesEntity::getIndicatorId);
            observations = byParent(tables.observations(), ObservationEntity::getIndicatorId);
            targets = byParent(tables.targets(), TargetEntity::getIndicatorId);
        }

        ComprehensivePlan plan() {
            PlanSummary summary = mapper.toSummary(tables.plan());
            return ComprehensivePlan.of(summary.id(), summary.title(), summary.municipality(),
                    map(tables.chapters(), this::chapter), map(tables.notes(), mapper::toNote));
        }

        private Chapter chapter(ChapterEntity chapter) {
            return mapper.toChapter(chapter, map(children(measures, chapter.getPosition()), this::measure));
        }

        private Measure measure(MeasureEntity measure) {
            return mapper.toMeasure(measure, map(children(approaches, measure.getCode()), this::approach));
        }

        private Approach approach(ApproachEntity approach) {
            String code = approach.getCode();
            List<ApproachParagraphEntity> prose = children(paragraphs, code);
            return mapper.toApproach(approach,
                    texts(prose, ProseSection.CURRENT_SITUATION),
                    texts(prose, ProseSection.BASIC_POLICY),
                    map(children(indicators, code), this::indicator),
                    map(children(rows, code), mapper::toRow));
        }

        private Indicator indicator(IndicatorEntity indicator) {
            String id = indicator.getIndicatorId();
            return mapper.toIndicator(indicator,
                    map(children(series, id), mapper::toSeries),
                    map(children(observations, id), mapper::toObservation),
                    map(children(targets, id), mapper::toTarget));
        }
    }

    private static List<String> texts(List<ApproachParagraphEntity> paragraphs, ProseSection section) {
        return paragraphs.stream()
                .filter(paragraph -> paragraph.getSection() == section)
                .map(ApproachParagraphEntity::getText)
                .toList();
    }

    private static <K, E> Map<K, List<E>> byParent(List<E> rows, Function<E, K> parent) {
        return rows.stream().collect(Collectors.groupingBy(parent, LinkedHashMap::new, Collectors.toList()));
    }

    private static <K, E> List<E> children(Map<K, List<E>> byParent, K parent) {
        return byParent.getOrDefault(parent, List.of());
    }

    private static <E, D> List<D> map(List<E> rows, Function<E, D> toDomain) {
        return rows.stream().map(toDomain).toList();
    }
}
