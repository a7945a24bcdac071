package jp.cityplan.app.application.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Measure;

/** 手法: the approaches of every stored plan with their basic policy (基本方針). */
public class PlanApproachesDataset implements OpenDataset {

    private final ComprehensivePlans plans;
    private final OpenDataDates dates;

    public PlanApproachesDataset(ComprehensivePlans plans, OpenDataDates dates) {
        this.plans = plans;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "plan-approaches";
    }

    @Override
    public String title() {
        return "長期総合計画 手法一覧";
    }

    @Override
    public String description() {
        return "各方策の手法と基本方針、関連データ（指標）。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(OpenDataColumn.MUNICIPALITY_CODE, new OpenDataColumn("手法ID", "approachId"),
                new OpenDataColumn("手法名", "approachName"), new OpenDataColumn("方策ID", "measureId"),
                new OpenDataColumn("方策名", "measureName"), new OpenDataColumn("基本方針", "basicPolicy"),
                new OpenDataColumn("関連データ", "indicators"), OpenDataColumn.REMARKS);
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (ComprehensivePlan plan : StoredPlans.all(plans)) {
            for (Measure measure : plan.measures().toList()) {
                for (Approach approach : measure.approaches()) {
                    rows.add(List.of(plan.municipality().code().value(), approach.code().value(), approach.title(),
                            measure.code().value(), measure.title(), String.join("\n", approach.basicPolicy()),
                            String.join("、", approach.indicators().stream().map(Indicator::title).toList()), ""));
                }
            }
        }
        return rows;
    }

    @Override
    public Optional<Instant> updated() {
        return dates.plansLoaded();
    }
}
