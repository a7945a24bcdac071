package jp.cityplan.app.application.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.opendata.StoredPlans;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.Direction;
import jp.cityplan.domain.evaluation.EvaluationRollUp;
import jp.cityplan.domain.evaluation.Progress;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.shared.FiscalYear;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrative evaluation figures of a fiscal year (the one asked, else the latest with a confirmed
 * evaluation), from {@code evaluation_sheet}: confirmed evaluations by direction, and per approach the share of its
 * initiatives evaluated (the roll-up of {@link EvaluationRollUp}).
 */
public class EvaluationFigures implements DashboardFigure {

    private final ComprehensivePlans plans;
    private final AdministrativeEvaluations evaluations;

    public EvaluationFigures(ComprehensivePlans plans, AdministrativeEvaluations evaluations) {
        this.plans = plans;
        this.evaluations = evaluations;
    }

    @Override
    public List<Figure> compute(DashboardQuery query) {
        List<Figure> figures = new ArrayList<>();
        for (ComprehensivePlan plan : StoredPlans.all(plans)) {
            List<AdministrativeEvaluation> all = evaluations.ofPlan(plan.id());
            Optional<FiscalYear> year = query.fiscalYear().or(() -> all.stream()
                    .filter(AdministrativeEvaluation::isConfirmed).map(AdministrativeEvaluation::fiscalYear)
                    .max(Comparator.naturalOrder()));
            if (year.isEmpty()) {
                figures.add(Figure.ofBars("evaluation-directions", "行政評価の結果（今後の方向性）",
                        "確定した評価はまだありません。", "件", List.of()));
                continue;
            }
            EvaluationRollUp rollUp = EvaluationRollUp.of(plan, year.get(), all);
            figures.add(directions(plan, year.get(), rollUp));
            figures.add(progress(plan, year.get(), rollUp));
        }
        return figures;
    }

    private static Figure directions(ComprehensivePlan plan, FiscalYear year, EvaluationRollUp rollUp) {
        Progress whole = rollUp.plan();
        List<Figure.Bar> bars = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            bars.add(new Figure.Bar(direction.japaneseName(), BigDecimal.valueOf(whole.count(direction)),
                    link(plan, year).queryParam("direction", direction.name()).build().toUriString()));
        }
        String mean = whole.meanAchievementRate().map(r -> "、平均達成率 " + r.toPlainString() + "%").orElse("");
        return Figure.ofBars("evaluation-directions", year.japaneseName() + " 行政評価の結果（今後の方向性）",
                "主な取組事項 " + whole.initiatives() + "件のうち " + whole.evaluated() + "件の評価が確定（"
                        + whole.evaluatedShare().toPlainString() + "%）" + mean + "。",
                "件", bars);
    }

    private static Figure progress(ComprehensivePlan plan, FiscalYear year, EvaluationRollUp rollUp) {
        List<Figure.Bar> bars = new ArrayList<>();
        for (Approach approach : plan.approaches().toList()) {
            bars.add(new Figure.Bar(approach.code().value() + " " + approach.title(),
                    rollUp.approach(approach.code()).evaluatedShare(),
                    link(plan, year).queryParam("approach", approach.code().value()).build().toUriString()));
        }
        return Figure.ofBars("evaluation-progress", year.japaneseName() + " 評価の進み具合（手法別）",
                "手法ごとに、主な取組事項のうち評価が確定した割合。", "%", bars);
    }

    private static UriComponentsBuilder link(ComprehensivePlan plan, FiscalYear year) {
        return UriComponentsBuilder.fromPath("/staff/dashboard/evaluations").queryParam("plan", plan.id().value())
                .queryParam("fiscalYear", year.year());
    }
}
