package jp.cityplan.app.application.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Measure;

/** 方策: the measures of every stored plan. */
public class PlanMeasuresDataset implements OpenDataset {

    private final ComprehensivePlans plans;
    private final OpenDataDates dates;

    public PlanMeasuresDataset(ComprehensivePlans plans, OpenDataDates dates) {
        this.plans = plans;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "plan-measures";
    }

    @Override
    public String title() {
        return "長期総合計画 方策一覧";
    }

    @Override
    public String description() {
        return "方策の柱に掲げる方策と、それぞれの手法・主な取組事項の数。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(OpenDataColumn.MUNICIPALITY_CODE, new OpenDataColumn("方策ID", "measureId"),
                new OpenDataColumn("方策名", "measureName"), new OpenDataColumn("計画ID", "planId"),
                new OpenDataColumn("計画名", "planTitle"), new OpenDataColumn("手法数", "approachCount"),
                new OpenDataColumn("主な取組事項数", "initiativeCount"), OpenDataColumn.REMARKS);
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (ComprehensivePlan plan : StoredPlans.all(plans)) {
            for (Measure measure : plan.measures().toList()) {
                long initiatives = measure.approaches().stream().mapToLong(a -> a.initiatives().size()).sum();
                rows.add(List.of(plan.municipality().code().value(), measure.code().value(), measure.title(),
                        plan.id().value(), plan.title(), Integer.toString(measure.approaches().size()),
                        Long.toString(initiatives), ""));
            }
        }
        return rows;
    }

    @Override
    public Optional<Instant> updated() {
        return dates.plansLoaded();
    }
}
