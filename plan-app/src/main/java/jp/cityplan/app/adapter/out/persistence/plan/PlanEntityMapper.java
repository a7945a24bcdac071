package jp.cityplan.app.adapter.out.persistence.plan;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * One part of a plan as one table row. The part's place in the tree (plan, parent's key, position) is given by the
 * caller, {@link PlanDecomposer}.
 */
@Mapper(config = SharedMapperConfig.class)
interface PlanEntityMapper extends PlanValueMappings {

    /** numeric(18, 4): what fits without rounding. */
    int AMOUNT_SCALE = 4;
    int AMOUNT_INTEGER_DIGITS = 14;

    @Mapping(target = "municipalityCode", source = "summary.municipality.code")
    @Mapping(target = "municipalityName", source = "summary.municipality.name")
    @Mapping(target = "loadedAt", source = "loadedAt")
    PlanEntity toEntity(PlanSummary summary, Instant loadedAt);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "position", source = "position")
    ChapterEntity toEntity(String planId, int position, Chapter chapter);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "chapterPosition", source = "chapterPosition")
    @Mapping(target = "position", source = "position")
    MeasureEntity toEntity(String planId, int chapterPosition, int position, Measure measure);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "measureCode", source = "measureCode")
    @Mapping(target = "position", source = "position")
    ApproachEntity toEntity(String planId, String measureCode, int position, Approach approach);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "approachCode", source = "approachCode")
    @Mapping(target = "section", source = "section")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "text", source = "text")
    ApproachParagraphEntity toParagraph(String planId, String approachCode, ProseSection section, int position,
                                        String text);

    /** The sealed row type, one of its two kinds. */
    default InitiativeRowEntity toEntity(String planId, String approachCode, int position, InitiativeRow row) {
        if (row instanceof Initiative initiative) {
            return toEntity(planId, approachCode, position, initiative);
        }
        return toEntity(planId, approachCode, position, (Relisting) row);
    }

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "approachCode", source = "approachCode")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "initiativeCode", source = "initiative.code")
    @Mapping(target = "relistingHome", ignore = true)
    @Mapping(target = "relistingInitiativeCode", ignore = true)
    InitiativeRowEntity toEntity(String planId, String approachCode, int position, Initiative initiative);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "approachCode", source = "approachCode")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "initiativeCode", ignore = true)
    @Mapping(target = "relistingHome", source = "relisting.home")
    @Mapping(target = "relistingInitiativeCode", source = "relisting.initiative")
    InitiativeRowEntity toEntity(String planId, String approachCode, int position, Relisting relisting);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "approachCode", source = "approachCode")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "indicatorId", source = "indicator.id")
    IndicatorEntity toEntity(String planId, String approachCode, int position, Indicator indicator);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "indicatorId", source = "indicatorId")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "seriesKey", source = "series.key")
    IndicatorSeriesEntity toEntity(String planId, String indicatorId, int position, Series series);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "indicatorId", source = "indicatorId")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "recordedAt", source = "recordedAt")
    @Mapping(target = "amount", source = "observation.value", qualifiedByName = "amount")
    @Mapping(target = "amountScale", expression = "java(observation.value().scale())")
    ObservationEntity toEntity(String planId, String indicatorId, int position, Instant recordedAt,
                               Observation observation);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "indicatorId", source = "indicatorId")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "amount", source = "target.value", qualifiedByName = "amount")
    @Mapping(target = "amountScale", expression = "java(target.value().scale())")
    TargetEntity toEntity(String planId, String indicatorId, int position, Target target);

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "position", source = "position")
    NoteEntity toEntity(String planId, int position, Note note);

    /** A value the amount column would round is refused: what is stored must come back equal. */
    @Named("amount")
    default BigDecimal amount(BigDecimal value) {
        BigDecimal significant = value.stripTrailingZeros();
        int integerDigits = significant.precision() - significant.scale();
        if (significant.scale() > AMOUNT_SCALE || integerDigits > AMOUNT_INTEGER_DIGITS) {
            throw new IllegalArgumentException("value " + value.toPlainString() + " has more than "
                    + AMOUNT_INTEGER_DIGITS + " integer digits or " + AMOUNT_SCALE + " decimals: it cannot be stored");
        }
        return value;
    }
}
