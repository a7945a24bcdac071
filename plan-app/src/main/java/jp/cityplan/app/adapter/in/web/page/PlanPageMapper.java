package jp.cityplan.app.adapter.in.web.page;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.cityplan.app.adapter.in.web.page.PlanPage.ApproachSection;
import jp.cityplan.app.adapter.in.web.page.PlanPage.ChapterSection;
import jp.cityplan.app.adapter.in.web.page.PlanPage.IndicatorSection;
import jp.cityplan.app.adapter.in.web.page.PlanPage.IndicatorTarget;
import jp.cityplan.app.adapter.in.web.page.PlanPage.IndicatorYear;
import jp.cityplan.app.adapter.in.web.page.PlanPage.InitiativeRowView;
import jp.cityplan.app.adapter.in.web.page.PlanPage.MeasureSection;
import jp.cityplan.app.adapter.in.web.page.PlanPage.NoteEntry;
import jp.cityplan.app.adapter.in.web.page.PlanPage.Paragraph;
import jp.cityplan.app.adapter.in.web.page.PlanPage.ProseSegment;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.Observation;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.ChapterKind;
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
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Maps the plan to what its page shows. The structure maps field by field; prose (note markers become links),
 * initiative rows (relistings resolved through {@link ComprehensivePlan#listedInitiatives}, each with the number of
 * citizen proposals naming its initiative) and indicator tables are written by hand.
 */
@Mapper(config = SharedMapperConfig.class, imports = ChapterKind.class)
public interface PlanPageMapper {

    /** The same marker the plan checks: ※ and a number, e.g. ※28. */
    Pattern NOTE_MARKER = Pattern.compile("※\\s*([0-9]+)");

    List<PlanLink> toLinks(List<PlanSummary> summaries);

    @Mapping(target = "municipality", source = "municipality.name")
    PlanLink toLink(PlanSummary summary);

    /**
     * The page of the plan.
     *
     * @param proposalCounts how many citizen proposals name each initiative; an initiative missing has none
     */
    default PlanPage toPage(ComprehensivePlan plan, Map<InitiativeCode, Long> proposalCounts) {
        return new PlanPage(plan.id().value(), plan.title(), plan.municipality().name(),
                toSections(plan.chapters(), plan, proposalCounts), toNoteEntries(plan.notes()));
    }

    List<ChapterSection> toSections(List<Chapter> chapters, @Context ComprehensivePlan plan,
                                    @Context Map<InitiativeCode, Long> proposalCounts);

    @Mapping(target = "pillar", expression = "java(chapter.kind() == ChapterKind.PILLAR)")
    ChapterSection toSection(Chapter chapter, @Context ComprehensivePlan plan,
                             @Context Map<InitiativeCode, Long> proposalCounts);

    @Mapping(target = "anchor", expression = "java(\"measure-\" + measure.code().value())")
    MeasureSection toSection(Measure measure, @Context ComprehensivePlan plan,
                             @Context Map<InitiativeCode, Long> proposalCounts);

    @Mapping(target = "anchor", expression = "java(\"approach-\" + approach.code().value())")
    @Mapping(target = "rows", source = "code", qualifiedByName = "rowsOfApproach")
    ApproachSection toSection(Approach approach, @Context ComprehensivePlan plan,
                              @Context Map<InitiativeCode, Long> proposalCounts);

    List<NoteEntry> toNoteEntries(List<Note> notes);

    @Mapping(target = "marker", expression = "java(note.marker())")
    @Mapping(target = "anchor", expression = "java(PlanPage.NoteEntry.anchorOf(note.number()))")
    NoteEntry toEntry(Note note);

    /** Cuts a paragraph at its note markers; a marker of a note the plan lacks stays plain text. */
    default Paragraph toParagraph(String paragraph, @Context ComprehensivePlan plan) {
        List<ProseSegment> segments = new ArrayList<>();
        Matcher marker = NOTE_MARKER.matcher(paragraph);
        int from = 0;
        while (marker.find()) {
            int number = Integer.parseInt(marker.group(1));
            if (plan.note(number).isEmpty()) {
                continue;
            }
            if (marker.start() > from) {
                segments.add(ProseSegment.text(paragraph.substring(from, marker.start())));
            }
            segments.add(ProseSegment.noteMarker(Note.marker(number), number));
            from = marker.end();
        }
        if (from < paragraph.length()) {
            segments.add(ProseSegment.text(paragraph.substring(from)));
        }
        return new Paragraph(segments);
    }

    @Named("rowsOfApproach")
    default List<InitiativeRowView> rowsOf(ApproachCode approach, @Context ComprehensivePlan plan,
                                           @Context Map<InitiativeCode, Long> proposalCounts) {
        return plan.listedInitiatives(new InitiativeFilter(Optional.of(approach), Optional.empty())).stream()
                .map(row -> toRow(row, plan, proposalCounts))
                .toList();
    }

    /** A resolved relisting carries its home initiative's code, so it shows the home initiative's proposals. */
    default InitiativeRowView toRow(ListedInitiative row, @Context ComprehensivePlan plan,
                                    @Context Map<InitiativeCode, Long> proposalCounts) {
        String code = row.code().map(Object::toString).orElse(null);
        String anchor = row.relisting() ? null : anchorOfInitiative(code);
        String homeHref = row.relisting() && code != null ? "#" + anchorOfInitiative(code) : null;
        String homeChapter = row.unresolved() ? row.home().map(home -> chapterTitleOf(home, plan)).orElse(null) : null;
        Long proposals = row.code().map(initiative -> proposalCounts.getOrDefault(initiative, 0L)).orElse(null);
        return new InitiativeRowView(row.position(), code, row.name(), row.description(), row.relisting(),
                !row.unresolved(), anchor, row.home().map(SectionReference::printed).orElse(null), homeHref,
                homeChapter, proposals);
    }

    private static String anchorOfInitiative(String code) {
        return "initiative-" + code;
    }

    /** The title of the basic goal a section outside the pillar lies in (e.g. 基本目標4), as the plan names it. */
    private static String chapterTitleOf(SectionReference home, ComprehensivePlan plan) {
        return plan.chapters().stream()
                .filter(chapter -> chapter.kind() == ChapterKind.BASIC_GOAL
                        && chapter.number() == home.chapterNumber())
                .map(Chapter::title)
                .findFirst()
                .orElse(null);
    }

    /** A table of the recorded values, one line per fiscal year; empty (not recorded) where staff entered none. */
    default IndicatorSection toSection(Indicator indicator) {
        List<String> labels = indicator.series().stream().map(Series::label).toList();
        List<IndicatorYear> years = new TreeSet<>(indicator.observations().stream().map(Observation::fiscalYear).toList())
                .stream()
                .map(year -> new IndicatorYear(year.japaneseName(), indicator.series().stream()
                        .map(series -> valueOf(indicator, series, year))
                        .toList()))
                .toList();
        List<IndicatorTarget> targets = indicator.targets().stream()
                .map(target -> new IndicatorTarget(labelOf(indicator, target.seriesKey()),
                        target.fiscalYear().japaneseName(), format(target.value())))
                .toList();
        return new IndicatorSection(indicator.id().value(), indicator.title(), indicator.unit(), indicator.source(),
                indicator.asOf(), labels, years, targets, !years.isEmpty());
    }

    private static String valueOf(Indicator indicator, Series series, FiscalYear year) {
        return indicator.observationsOf(series.key()).stream()
                .filter(observation -> observation.fiscalYear().equals(year))
                .map(observation -> format(observation.value()))
                .findFirst()
                .orElse("");
    }

    private static String labelOf(Indicator indicator, String seriesKey) {
        return indicator.series().stream()
                .filter(series -> series.key().equals(seriesKey))
                .map(Series::label)
                .findFirst()
                .orElse(seriesKey);
    }

    private static String format(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    default String value(MeasureCode code) {
        return code.value();
    }

    default String value(ApproachCode code) {
        return code.value();
    }

    default String value(PlanId id) {
        return id.value();
    }
}
