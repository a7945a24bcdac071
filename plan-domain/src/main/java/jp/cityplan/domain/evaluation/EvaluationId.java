package jp.cityplan.domain.evaluation;

import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * The id of an initiative's evaluation in one fiscal year, e.g. {@code E2025-1-1.3}: derived from fiscal year and
 * initiative, so the same sheet is found again (a second import updates instead of duplicating).
 */
public record EvaluationId(String value) {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(
            "E[0-9]{4}-[1-9][0-9]?-[1-9][0-9]?\\.[1-9][0-9]{0,2}");

    public EvaluationId {
        Require.matching(value, ID, "evaluation id");
    }

    public static EvaluationId of(FiscalYear fiscalYear, InitiativeCode initiative) {
        return new EvaluationId("E" + fiscalYear.year() + "-" + initiative.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
