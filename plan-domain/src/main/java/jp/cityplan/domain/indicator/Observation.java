package jp.cityplan.domain.indicator;

import java.math.BigDecimal;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/** One value of one series of an indicator for one fiscal year, entered by staff from the named source. */
public record Observation(String seriesKey, FiscalYear fiscalYear, BigDecimal value) {

    public Observation {
        Require.text(seriesKey, "series key");
        Require.present(fiscalYear, "fiscal year");
        Require.present(value, "value");
    }
}
