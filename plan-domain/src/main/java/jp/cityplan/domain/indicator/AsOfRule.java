package jp.cityplan.domain.indicator;

import java.time.LocalDate;
import jp.cityplan.domain.shared.FiscalYear;

/** When in a fiscal year an indicator's value is taken, as its source states it (e.g. 各年4月1日現在, 各年度). */
public enum AsOfRule {
    /** A stock as of April 1, the first day of the fiscal year (各年4月1日現在). */
    APRIL_1,
    /** A figure for the whole fiscal year (各年度), e.g. from the settlement of accounts. */
    FISCAL_YEAR,
    /** A stock as of March 31, the last day of the fiscal year (各年度末現在). */
    MARCH_31;

    /** The date a value for the fiscal year stands for. */
    public LocalDate dateFor(FiscalYear fiscalYear) {
        return switch (this) {
            case APRIL_1 -> fiscalYear.start();
            case FISCAL_YEAR, MARCH_31 -> fiscalYear.end();
        };
    }
}
