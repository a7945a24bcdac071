package jp.cityplan.app.application.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.cityplan.app.application.opendata.StoredPlans;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.indicator.ObservationEntry;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * The trend of each indicator of the plans (職員数, 実質公債費比率 with its peer group …): one line per series over the
 * fiscal years, from the plan file's values and those staff entered (an entered value wins).
 */
public class IndicatorFigures implements DashboardFigure {

    private final ComprehensivePlans plans;
    private final ObservationEntries entries;

    public IndicatorFigures(ComprehensivePlans plans, ObservationEntries entries) {
        this.plans = plans;
        this.entries = entries;
    }

    @Override
    public List<Figure> compute(DashboardQuery query) {
        List<Figure> figures = new ArrayList<>();
        for (ComprehensivePlan plan : StoredPlans.all(plans)) {
            List<ObservationEntry> entered = entries.ofPlan(plan.id());
            plan.approaches().flatMap(a -> a.indicators().stream())
                    .forEach(indicator -> figures.add(trend(indicator, entered)));
        }
        return figures;
    }

    private static Figure trend(Indicator indicator, List<ObservationEntry> entered) {
        List<Figure.Line> lines = new ArrayList<>();
        for (Series series : indicator.series()) {
            Map<FiscalYear, java.math.BigDecimal> values = new TreeMap<>();
            indicator.observationsOf(series.key()).forEach(o -> values.put(o.fiscalYear(), o.value()));
            entered.stream().filter(e -> e.indicator().equals(indicator.id())
                            && e.observation().seriesKey().equals(series.key()))
                    .forEach(e -> values.put(e.observation().fiscalYear(), e.observation().value()));
            lines.add(new Figure.Line(series.label(), values.entrySet().stream()
                    .map(v -> new Figure.Point(v.getKey().year(), v.getKey().japaneseName(), v.getValue())).toList()));
        }
        boolean empty = lines.stream().allMatch(line -> line.points().isEmpty());
        return Figure.ofLines("indicator-" + indicator.id().value(), indicator.title() + "の推移",
                empty ? "値はまだ入力されていません（出典: " + indicator.source() + "）。"
                        : indicator.asOf() + "。出典: " + indicator.source() + "。",
                indicator.unit(), lines, "/open-data/indicator-values.csv");
    }
}
