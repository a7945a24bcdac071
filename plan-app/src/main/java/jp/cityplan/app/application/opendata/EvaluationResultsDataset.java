package jp.cityplan.app.application.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.Criterion;
import jp.cityplan.domain.evaluation.EvaluationSheet;
import jp.cityplan.domain.evaluation.FundingSource;
import jp.cityplan.domain.evaluation.IndicatorKind;
import jp.cityplan.domain.evaluation.PerformanceIndicator;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Initiative;

/** 行政評価結果: the confirmed evaluations of the plans' initiatives, one row per initiative and fiscal year. */
public class EvaluationResultsDataset implements OpenDataset {

    private final ComprehensivePlans plans;
    private final AdministrativeEvaluations evaluations;
    private final OpenDataDates dates;

    public EvaluationResultsDataset(ComprehensivePlans plans, AdministrativeEvaluations evaluations,
                                    OpenDataDates dates) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "evaluation-results";
    }

    @Override
    public String title() {
        return "行政評価（事務事業評価）結果";
    }

    @Override
    public String description() {
        return "主な取組事項ごとの年度の評価結果：活動指標・成果指標の目標と実績、事業費、評価点、今後の方向性。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        List<OpenDataColumn> columns = new ArrayList<>(List.of(OpenDataColumn.MUNICIPALITY_CODE,
                new OpenDataColumn("評価ID", "evaluationId"), new OpenDataColumn("年度", "fiscalYear"),
                new OpenDataColumn("取組ID", "initiativeId"), new OpenDataColumn("事業名", "initiativeName"),
                new OpenDataColumn("活動指標名", "activityName"), new OpenDataColumn("活動指標の目標値", "activityTarget"),
                new OpenDataColumn("活動指標の実績値", "activityActual"),
                new OpenDataColumn("活動指標の達成率（%）", "activityAchievementRate"),
                new OpenDataColumn("成果指標名", "outcomeName"), new OpenDataColumn("成果指標の目標値", "outcomeTarget"),
                new OpenDataColumn("成果指標の実績値", "outcomeActual"),
                new OpenDataColumn("成果指標の達成率（%）", "outcomeAchievementRate"),
                new OpenDataColumn("事業費（円）", "projectCostYen"), new OpenDataColumn("うち一般財源（円）", "generalFundYen"),
                new OpenDataColumn("従事職員数（人工）", "staffYears"),
                new OpenDataColumn("必要性", "necessity"), new OpenDataColumn("有効性", "effectiveness"),
                new OpenDataColumn("効率性", "efficiency"), new OpenDataColumn("公平性", "fairness"),
                new OpenDataColumn("達成度", "achievement"), new OpenDataColumn("今後の方向性", "direction")));
        columns.add(OpenDataColumn.REMARKS);
        return columns;
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (ComprehensivePlan plan : StoredPlans.all(plans)) {
            for (AdministrativeEvaluation evaluation : evaluations.ofPlan(plan.id())) {
                if (!evaluation.isConfirmed()) {
                    continue;
                }
                EvaluationSheet sheet = evaluation.sheet().orElseThrow();
                List<String> row = new ArrayList<>(List.of(plan.municipality().code().value(), evaluation.id().value(),
                        Integer.toString(evaluation.fiscalYear().year()), evaluation.initiative().value(),
                        plan.initiative(evaluation.initiative()).map(Initiative::name).orElse("")));
                indicator(sheet, IndicatorKind.ACTIVITY, row);
                indicator(sheet, IndicatorKind.OUTCOME, row);
                row.add(Long.toString(sheet.cost().totalProjectCostYen()));
                row.add(Long.toString(sheet.cost().amountFrom(FundingSource.GENERAL)));
                row.add(sheet.cost().staffYears().toPlainString());
                for (Criterion criterion : Criterion.values()) {
                    row.add(Integer.toString(sheet.assessment().scoreOf(criterion).value()));
                }
                row.add(sheet.direction().japaneseName());
                row.add("");
                rows.add(row);
            }
        }
        return rows;
    }

    private static void indicator(EvaluationSheet sheet, IndicatorKind kind, List<String> row) {
        Optional<PerformanceIndicator> first = sheet.indicatorsOf(kind).stream().findFirst();
        row.add(first.map(PerformanceIndicator::name).orElse(""));
        row.add(first.map(i -> i.target().toPlainString()).orElse(""));
        row.add(first.map(i -> i.actual().toPlainString()).orElse(""));
        row.add(first.flatMap(PerformanceIndicator::achievementRate).map(r -> r.toPlainString()).orElse(""));
    }

    @Override
    public Optional<Instant> updated() {
        return dates.evaluationsConfirmed();
    }
}
