package jp.cityplan.app.adapter.in.web.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.indicator.Observation;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.indicator.Target;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.InitiativeFilter;
import jp.cityplan.domain.plan.ListedInitiative;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.MeasureCode;
import jp.cityplan.domain.plan.Note;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.PlanSummary;
import jp.cityplan.domain.plan.SectionReference;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Municipality;
import jp.cityplan.domain.shared.MunicipalityCode;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Maps the plan to the public API's records. An approach's rows come from {@link ComprehensivePlan#listedInitiatives},
 * so the API shows each row as people read it: a relisting of a plan initiative carries the home initiative's
 * code and description, a relisting of a section outside the plan stays unresolved (code null).
 */
@Mapper(config = SharedMapperConfig.class)
public interface PlanApiMapper {

    List<PlanSummaryResponse> toSummaryResponses(List<PlanSummary> summaries);

    PlanSummaryResponse toResponse(PlanSummary summary);

    MunicipalityResponse toResponse(Municipality municipality);

    /** Written by hand: the plan is a class with record-style accessors, which MapStruct does not read as properties. */
    default PlanResponse toResponse(ComprehensivePlan plan) {
        return new PlanResponse(value(plan.id()), plan.title(), toResponse(plan.municipality()),
                toChapterResponses(plan.chapters(), plan), toNoteResponses(plan.notes()));
    }

    List<ChapterResponse> toChapterResponses(List<Chapter> chapters, @Context ComprehensivePlan plan);

    ChapterResponse toResponse(Chapter chapter, @Context ComprehensivePlan plan);

    MeasureResponse toResponse(Measure measure, @Context ComprehensivePlan plan);

    @Mapping(target = "rows", source = "code", qualifiedByName = "rowsOfApproach")
    ApproachResponse toResponse(Approach approach, @Context ComprehensivePlan plan);

    IndicatorResponse toResponse(Indicator indicator);

    SeriesResponse toResponse(Series series);

    @Mapping(target = "fiscalYear", source = "fiscalYear.year")
    @Mapping(target = "fiscalYearName", source = "fiscalYear", qualifiedByName = "fiscalYearName")
    ValueResponse toResponse(Observation observation);

    @Mapping(target = "fiscalYear", source = "fiscalYear.year")
    @Mapping(target = "fiscalYearName", source = "fiscalYear", qualifiedByName = "fiscalYearName")
    ValueResponse toResponse(Target target);

    List<NoteResponse> toNoteResponses(List<Note> notes);

    @Mapping(target = "marker", expression = "java(note.marker())")
    NoteResponse toResponse(Note note);

    @Named("rowsOfApproach")
    default List<InitiativeRowResponse> rowsOf(ApproachCode approach, @Context ComprehensivePlan plan) {
        return toRowResponses(plan.listedInitiatives(new InitiativeFilter(Optional.of(approach), Optional.empty())));
    }

    List<InitiativeRowResponse> toRowResponses(List<ListedInitiative> rows);

    @Mapping(target = "kind", source = "relisting")
    @Mapping(target = "resolved", expression = "java(!row.unresolved())")
    InitiativeRowResponse toRowResponse(ListedInitiative row);

    /**
     * The rows as a flat list.
     *
     * @param proposalCounts how many citizen proposals name each initiative; an initiative missing has none
     */
    List<ListedInitiativeResponse> toListedResponses(List<ListedInitiative> rows,
                                                     @Context Map<InitiativeCode, Long> proposalCounts);

    @Mapping(target = "kind", source = "relisting")
    @Mapping(target = "resolved", expression = "java(!row.unresolved())")
    @Mapping(target = "proposalCount", source = "code", qualifiedByName = "proposalCount")
    ListedInitiativeResponse toListedResponse(ListedInitiative row, @Context Map<InitiativeCode, Long> proposalCounts);

    /**
     * The proposals naming the row's initiative, 0 where none do (a resolved relisting carries its home initiative's
     * code, so it counts the home's proposals); null for an unresolved relisting, which has no initiative in the plan.
     */
    @Named("proposalCount")
    default Long proposalCount(Optional<InitiativeCode> code, @Context Map<InitiativeCode, Long> proposalCounts) {
        return code.map(initiative -> proposalCounts.getOrDefault(initiative, 0L)).orElse(null);
    }

    default RowKind kind(boolean relisting) {
        return relisting ? RowKind.RELISTING : RowKind.INITIATIVE;
    }

    default String code(Optional<InitiativeCode> code) {
        return code.map(InitiativeCode::value).orElse(null);
    }

    default String home(Optional<SectionReference> home) {
        return home.map(SectionReference::printed).orElse(null);
    }

    @Named("fiscalYearName")
    default String fiscalYearName(FiscalYear fiscalYear) {
        return fiscalYear.japaneseName();
    }

    default String value(PlanId id) {
        return id.value();
    }

    default String value(MunicipalityCode code) {
        return code.value();
    }

    default String value(MeasureCode code) {
        return code.value();
    }

    default String value(ApproachCode code) {
        return code.value();
    }

    default String value(IndicatorId id) {
        return id.value();
    }
}
