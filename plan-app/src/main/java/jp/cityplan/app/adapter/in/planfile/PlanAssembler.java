package jp.cityplan.app.adapter.in.planfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.cityplan.app.adapter.in.planfile.PlanFileDocument.ApproachDoc;
import jp.cityplan.app.adapter.in.planfile.PlanFileDocument.ChapterDoc;
import jp.cityplan.app.adapter.in.planfile.PlanFileDocument.IndicatorDoc;
import jp.cityplan.app.adapter.in.planfile.PlanFileDocument.MeasureDoc;
import jp.cityplan.app.adapter.in.planfile.PlanFileDocument.PlanDoc;
import jp.cityplan.app.adapter.in.planfile.PlanFileDocument.RowDoc;
import jp.cityplan.domain.indicator.AsOfRule;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.indicator.Target;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.ChapterKind;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.InitiativeRow;
import jp.cityplan.domain.plan.InvalidPlanException;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.MeasureCode;
import jp.cityplan.domain.plan.Note;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.Relisting;
import jp.cityplan.domain.plan.SectionReference;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Municipality;
import jp.cityplan.domain.shared.MunicipalityCode;

/**
 * Turns a schema-valid plan file into a domain plan. Every value the domain refuses is reported with its path in
 * the file; rules across the tree come from {@link ComprehensivePlan#of}. Either the whole plan is made or an
 * exception lists every error.
 */
final class PlanAssembler {

    private final List<PlanFileError> errors = new ArrayList<>();

    static ComprehensivePlan assemble(String fileName, PlanDoc doc) {
        PlanAssembler assembler = new PlanAssembler();
        ComprehensivePlan plan = assembler.plan(doc);
        if (!assembler.errors.isEmpty()) {
            throw new PlanFileException(fileName, assembler.errors);
        }
        return plan;
    }

    private ComprehensivePlan plan(PlanDoc doc) {
        PlanId id = value("$.plan.id", () -> new PlanId(doc.id()));
        Municipality municipality = value("$.plan.municipality", () -> new Municipality(
                new MunicipalityCode(doc.municipality().code()), doc.municipality().name()));
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < doc.chapters().size(); i++) {
            chapters.add(chapter("$.plan.chapters[" + i + "]", doc.chapters().get(i)));
        }
        List<Note> notes = new ArrayList<>();
        List<PlanFileDocument.NoteDoc> noteDocs = orEmpty(doc.notes());
        for (int i = 0; i < noteDocs.size(); i++) {
            PlanFileDocument.NoteDoc note = noteDocs.get(i);
            notes.add(value("$.plan.notes[" + i + "]", () -> new Note(note.number(), note.text())));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return ComprehensivePlan.of(id, doc.title(), municipality, chapters, notes);
        } catch (InvalidPlanException e) {
            e.problems().forEach(problem -> errors.add(new PlanFileError(problem.place(), problem.reason())));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new PlanFileError("$.plan", e.getMessage()));
        }
        return null;
    }

    private Chapter chapter(String path, ChapterDoc doc) {
        List<Measure> measures = new ArrayList<>();
        List<MeasureDoc> measureDocs = orEmpty(doc.measures());
        for (int i = 0; i < measureDocs.size(); i++) {
            measures.add(measure(path + ".measures[" + i + "]", measureDocs.get(i)));
        }
        return value(path, () -> new Chapter(ChapterKind.valueOf(doc.kind()), doc.number(), doc.title(), doc.name(),
                measures.contains(null) ? List.of() : measures));
    }

    private Measure measure(String path, MeasureDoc doc) {
        List<Approach> approaches = new ArrayList<>();
        for (int i = 0; i < doc.approaches().size(); i++) {
            approaches.add(approach(path + ".approaches[" + i + "]", doc.approaches().get(i)));
        }
        return value(path, () -> new Measure(new MeasureCode(doc.code()), doc.title(),
                approaches.contains(null) ? List.of() : approaches));
    }

    private Approach approach(String path, ApproachDoc doc) {
        List<Indicator> indicators = new ArrayList<>();
        List<IndicatorDoc> indicatorDocs = orEmpty(doc.indicators());
        for (int i = 0; i < indicatorDocs.size(); i++) {
            indicators.add(indicator(path + ".indicators[" + i + "]", indicatorDocs.get(i)));
        }
        List<InitiativeRow> rows = new ArrayList<>();
        for (int i = 0; i < doc.initiatives().size(); i++) {
            rows.add(row(path + ".initiatives[" + i + "]", doc.initiatives().get(i)));
        }
        if (indicators.contains(null) || rows.contains(null)) {
            return null;
        }
        return value(path, () -> new Approach(new ApproachCode(doc.code()), doc.title(),
                doc.currentSituation(), doc.basicPolicy(), indicators, rows));
    }

    private Indicator indicator(String path, IndicatorDoc doc) {
        return value(path, () -> new Indicator(new IndicatorId(doc.id()), doc.title(), doc.unit(), doc.source(),
                doc.asOf(), AsOfRule.valueOf(doc.asOfRule()),
                doc.series().stream().map(s -> new Series(s.key(), s.label())).toList(),
                List.of(),
                orEmpty(doc.targets()).stream()
                        .map(t -> new Target(t.series(), FiscalYear.of(t.fiscalYear()), t.value())).toList()));
    }

    private InitiativeRow row(String path, RowDoc doc) {
        return value(path, () -> {
            if (doc.relisting() == null) {
                return new Initiative(new InitiativeCode(doc.code()), doc.name(), doc.description());
            }
            String initiative = doc.relisting().initiative();
            return new Relisting(SectionReference.parse(doc.relisting().home()), doc.name(), doc.description(),
                    initiative == null ? null : new InitiativeCode(initiative));
        });
    }

    private <T> T value(String path, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new PlanFileError(path, e.getMessage()));
            return null;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
