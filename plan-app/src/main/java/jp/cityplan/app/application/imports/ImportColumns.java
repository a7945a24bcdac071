package jp.cityplan.app.application.imports;

import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.evaluation.EvaluationSheetFields;
import jp.cityplan.domain.indicator.ObservationFields;

/**
 * The column names a CSV file may use, Japanese (as cities keep their spreadsheets) or the field keys, per kind, and
 * the field each stands for.
 */
final class ImportColumns {

    static final String INITIATIVE = "initiativeCode";
    static final String FISCAL_YEAR = "fiscalYear";
    static final String OWNER_DIVISION = "ownerDivision";

    private ImportColumns() {
    }

    /** Column name → field key. */
    static Map<String, String> of(ImportKind kind) {
        Map<String, String> columns = new HashMap<>();
        if (kind == ImportKind.OBSERVATIONS) {
            add(columns, "指標ID", ObservationFields.INDICATOR);
            add(columns, "系列ID", ObservationFields.SERIES);
            add(columns, "年度", ObservationFields.FISCAL_YEAR);
            add(columns, "値", ObservationFields.VALUE);
            add(columns, "出典", ObservationFields.SOURCE);
            return columns;
        }
        add(columns, "取組ID", INITIATIVE);
        add(columns, "年度", FISCAL_YEAR);
        add(columns, "担当課", OWNER_DIVISION);
        for (String field : EvaluationSheetFields.names()) {
            add(columns, EvaluationSheetFields.label(field), field);
        }
        return columns;
    }

    private static void add(Map<String, String> columns, String japanese, String key) {
        columns.put(japanese, key);
        columns.put(key, key);
    }
}
