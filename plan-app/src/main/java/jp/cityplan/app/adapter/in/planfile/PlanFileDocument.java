package jp.cityplan.app.adapter.in.planfile;

import java.math.BigDecimal;
import java.util.List;

/**
 * The plan file (format version 1, docs/plan-file-format.md) as read, before it becomes a domain plan.
 * The JSON Schema has already checked its shape when these records are filled.
 */
record PlanFileDocument(int formatVersion, PlanDoc plan) {

    record PlanDoc(String id, String title, MunicipalityDoc municipality, List<ChapterDoc> chapters, List<NoteDoc> notes) {
    }

    record MunicipalityDoc(String code, String name) {
    }

    record ChapterDoc(String kind, Integer number, String title, String name, List<MeasureDoc> measures) {
    }

    record MeasureDoc(String code, String title, List<ApproachDoc> approaches) {
    }

    record ApproachDoc(String code, String title, List<String> currentSituation, List<String> basicPolicy,
                       List<IndicatorDoc> indicators, List<RowDoc> initiatives) {
    }

    record IndicatorDoc(String id, String title, String unit, String source, String asOf, String asOfRule,
                        List<SeriesDoc> series, List<ValueDoc> targets) {
    }

    record SeriesDoc(String key, String label) {
    }

    record ValueDoc(String series, int fiscalYear, BigDecimal value) {
    }

    record RowDoc(String code, String name, String description, RelistingDoc relisting) {
    }

    record RelistingDoc(String home, String initiative) {
    }

    record NoteDoc(int number, String text) {
    }
}
