package jp.cityplan.domain.indicator;

import java.math.BigDecimal;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/** A value (目標) a series of an indicator should reach by a fiscal year. */
public record Target(String seriesKey, FiscalYear fiscalYear, BigDecimal value) {

    public Target {
        Require.text(seriesKey, "series key");
        Require.present(fiscalYear, "fiscal year");
        Require.present(value, "value");
    }
}
