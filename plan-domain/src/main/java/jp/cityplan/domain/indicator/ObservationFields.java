package jp.cityplan.domain.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.shared.FieldReader;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * Staff input of one indicator value, as text by field name (the staff API, a CSV row), checked against the plan:
 * the indicator and its series exist, the fiscal year has begun, the value fits the unit. Every problem is reported
 * at once, by field, in Japanese.
 */
public final class ObservationFields {

    public static final String INDICATOR = "indicatorId";
    public static final String SERIES = "seriesKey";
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String VALUE = "value";
    public static final String SOURCE = "source";

    /** Decimals a value may have (the stored column's). */
    public static final int MAX_DECIMALS = 4;

    /** Units whose values are counts (人, 件 …): whole numbers only. */
    private static final java.util.Set<String> COUNT_UNITS = java.util.Set.of("人", "件", "回", "か所", "箇所");

    private ObservationFields() {
    }

    /**
     * @param today the current date in the city, to refuse values for fiscal years that have not begun
     * @throws jp.cityplan.domain.shared.InvalidInputException naming every field that cannot be accepted
     */
    public static ObservationEntry read(Map<String, String> fields, ComprehensivePlan plan, String enteredBy,
                                        Instant enteredAt, java.time.LocalDate today) {
        FieldReader reader = new FieldReader(fields);
        Optional<Indicator> indicator = indicator(reader, plan);
        String seriesKey = reader.text(SERIES, 32);
        if (seriesKey != null && indicator.isPresent()
                && indicator.get().series().stream().noneMatch(s -> s.key().equals(seriesKey))) {
            reader.problem(SERIES, "指標「" + indicator.get().title() + "」に系列「" + seriesKey + "」はありません");
        }
        Integer year = reader.integer(FISCAL_YEAR);
        FiscalYear fiscalYear = null;
        if (year != null) {
            if (year < 1900 || year > FiscalYear.containing(today).year()) {
                reader.problem(FISCAL_YEAR, "年度は1900年度から今年度までの西暦で入力してください");
            } else {
                fiscalYear = FiscalYear.of(year);
            }
        }
        BigDecimal value = reader.decimal(VALUE);
        if (value != null && indicator.isPresent()) {
            checkValue(reader, indicator.get(), value);
        }
        String source = reader.text(SOURCE, ObservationEntry.SOURCE_LENGTH);
        reader.check();
        return new ObservationEntry(plan.id(), indicator.orElseThrow().id(),
                new Observation(seriesKey, fiscalYear, value), source, enteredBy, enteredAt);
    }

    private static Optional<Indicator> indicator(FieldReader reader, ComprehensivePlan plan) {
        String id = reader.text(INDICATOR, 63);
        if (id == null) {
            return Optional.empty();
        }
        Optional<Indicator> indicator = plan.approaches().flatMap(a -> a.indicators().stream())
                .filter(i -> i.id().value().equals(id)).findFirst();
        if (indicator.isEmpty()) {
            reader.problem(INDICATOR, "計画に指標「" + id + "」はありません");
        }
        return indicator;
    }

    private static void checkValue(FieldReader reader, Indicator indicator, BigDecimal value) {
        if (value.signum() < 0) {
            reader.problem(VALUE, "0以上の値を入力してください");
        } else if (value.scale() > MAX_DECIMALS) {
            reader.problem(VALUE, "小数点以下は" + MAX_DECIMALS + "桁までで入力してください");
        } else if (COUNT_UNITS.contains(indicator.unit()) && value.stripTrailingZeros().scale() > 0) {
            reader.problem(VALUE, "単位が「" + indicator.unit() + "」の指標は整数で入力してください");
        } else if ("%".equals(indicator.unit()) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            reader.problem(VALUE, "百分率は100以下で入力してください");
        }
    }
}
