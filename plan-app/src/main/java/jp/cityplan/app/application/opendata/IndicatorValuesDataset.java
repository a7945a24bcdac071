package jp.cityplan.app.application.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.indicator.ObservationEntry;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * 関連データ: the values of the plans' indicators by series and fiscal year, those in the plan file and those staff
 * entered (an entered value replaces the file's for the same series and year), each with its source.
 */
public class IndicatorValuesDataset implements OpenDataset {

    private final ComprehensivePlans plans;
    private final ObservationEntries entries;
    private final OpenDataDates dates;

    public IndicatorValuesDataset(ComprehensivePlans plans, ObservationEntries entries, OpenDataDates dates) {
        this.plans = plans;
        this.entries = entries;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "indicator-values";
    }

    @Override
    public String title() {
        return "長期総合計画 関連データ（指標の推移）";
    }

    @Override
    public String description() {
        return "職員数・実質公債費比率など計画の指標の年度ごとの値と出典。類似団体の値を含む。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(OpenDataColumn.MUNICIPALITY_CODE, new OpenDataColumn("指標ID", "indicatorId"),
                new OpenDataColumn("指標名", "indicatorName"), new OpenDataColumn("系列ID", "seriesId"),
                new OpenDataColumn("系列名", "seriesName"), new OpenDataColumn("年度", "fiscalYear"),
                new OpenDataColumn("年度（和暦）", "fiscalYearJapanese"), new OpenDataColumn("基準日", "asOfDate"),
                new OpenDataColumn("値", "value"), new OpenDataColumn("単位", "unit"),
                new OpenDataColumn("出典", "source"), OpenDataColumn.REMARKS);
    }

    /** One value of one series in one fiscal year and where it comes from. */
    private record Value(BigDecimal amount, String source) {
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (ComprehensivePlan plan : StoredPlans.all(plans)) {
            List<ObservationEntry> entered = entries.ofPlan(plan.id());
            List<Indicator> indicators = plan.approaches().flatMap(a -> a.indicators().stream())
                    .sorted(Comparator.comparing(i -> i.id().value())).toList();
            for (Indicator indicator : indicators) {
                for (Series series : indicator.series()) {
                    Map<FiscalYear, Value> values = new TreeMap<>();
                    indicator.observationsOf(series.key()).forEach(o ->
                            values.put(o.fiscalYear(), new Value(o.value(), indicator.source())));
                    entered.stream().filter(e -> e.indicator().equals(indicator.id())
                                    && e.observation().seriesKey().equals(series.key()))
                            .forEach(e -> values.put(e.observation().fiscalYear(),
                                    new Value(e.observation().value(), e.source())));
                    values.forEach((year, value) -> rows.add(List.of(plan.municipality().code().value(),
                            indicator.id().value(), indicator.title(), series.key(), series.label(),
                            Integer.toString(year.year()), year.japaneseName(),
                            indicator.asOfRule().dateFor(year).toString(), value.amount().toPlainString(),
                            indicator.unit(), value.source(), indicator.asOf())));
                }
            }
        }
        return rows;
    }

    @Override
    public Optional<Instant> updated() {
        return OpenDataDates.later(dates.plansLoaded(), dates.observationsEntered());
    }
}
