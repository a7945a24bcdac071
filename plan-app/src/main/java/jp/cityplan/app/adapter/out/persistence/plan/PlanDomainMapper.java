package jp.cityplan.app.adapter.out.persistence.plan;

import java.math.BigDecimal;
import java.util.List;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.Observation;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.indicator.Target;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.InitiativeRow;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.Note;
import jp.cityplan.domain.plan.PlanSummary;
import jp.cityplan.domain.plan.Relisting;
import jp.cityplan.domain.shared.Municipality;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * One table row as one part of a plan; the parts below it are read and passed in by {@link PlanReassembler}.
 * The domain's constructors check every value again.
 */
@Mapper(config = SharedMapperConfig.class)
interface PlanDomainMapper extends PlanValueMappings {

    @Mapping(target = "municipality", source = "plan")
    PlanSummary toSummary(PlanEntity plan);

    default Municipality toMunicipality(PlanEntity plan) {
        return new Municipality(municipalityCode(plan.getMunicipalityCode()), plan.getMunicipalityName());
    }

    @Mapping(target = "measures", source = "measures")
    Chapter toChapter(ChapterEntity chapter, List<Measure> measures);

    @Mapping(target = "approaches", source = "approaches")
    Measure toMeasure(MeasureEntity measure, List<Approach> approaches);

    @Mapping(target = "code", source = "approach.code")
    @Mapping(target = "title", source = "approach.title")
    @Mapping(target = "currentSituation", source = "currentSituation")
    @Mapping(target = "basicPolicy", source = "basicPolicy")
    @Mapping(target = "indicators", source = "indicators")
    @Mapping(target = "rows", source = "rows")
    Approach toApproach(ApproachEntity approach, List<String> currentSituation, List<String> basicPolicy,
                        List<Indicator> indicators, List<InitiativeRow> rows);

    /** The sealed row type: a row with an initiative code is an initiative at home, any other a relisting. */
    default InitiativeRow toRow(InitiativeRowEntity row) {
        return row.getInitiativeCode() != null ? toInitiative(row) : toRelisting(row);
    }

    @Mapping(target = "code", source = "initiativeCode")
    Initiative toInitiative(InitiativeRowEntity row);

    @Mapping(target = "home", source = "relistingHome")
    @Mapping(target = "initiative", source = "relistingInitiativeCode")
    Relisting toRelisting(InitiativeRowEntity row);

    @Mapping(target = "id", source = "indicator.indicatorId")
    @Mapping(target = "series", source = "series")
    @Mapping(target = "observations", source = "observations")
    @Mapping(target = "targets", source = "targets")
    @Mapping(target = "record", ignore = true) // Indicator.record(Observation) looks like a fluent setter to MapStruct
    Indicator toIndicator(IndicatorEntity indicator, List<Series> series, List<Observation> observations,
                          List<Target> targets);

    @Mapping(target = "key", source = "seriesKey")
    Series toSeries(IndicatorSeriesEntity series);

    @Mapping(target = "value", expression = "java(amount(observation.getAmount(), observation.getAmountScale()))")
    Observation toObservation(ObservationEntity observation);

    @Mapping(target = "value", expression = "java(amount(target.getAmount(), target.getAmountScale()))")
    Target toTarget(TargetEntity target);

    Note toNote(NoteEntity note);

    /** The value with the scale it was stored with (the column gives it scale 4); exact, as the column holds it. */
    default BigDecimal amount(BigDecimal amount, int scale) {
        return amount.setScale(scale);
    }
}
