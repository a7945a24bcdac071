package jp.cityplan.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.app.adapter.in.web.PlanFixture;
import jp.cityplan.app.application.dashboard.DashboardQuery;
import jp.cityplan.app.application.dashboard.EvaluationFigures;
import jp.cityplan.app.application.dashboard.Figure;
import jp.cityplan.app.application.dashboard.IndicatorFigures;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationSheetFields;
import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.indicator.Observation;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.indicator.ObservationEntry;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.PlanSummary;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * The evaluation and indicator figures on known data: the test plan of PlanFixture (6 initiatives at home in 4
 * approaches; 職員数 recorded for 2023 and 2024 in the plan file).
 */
class EvaluationAndIndicatorFiguresTest {

    private static final DashboardQuery LATEST = new DashboardQuery(LocalDate.of(2026, 6, 1), Optional.empty());
    private final ComprehensivePlan plan = PlanFixture.planWithRecordedStaffCount();
    private final ComprehensivePlans plans = new OnePlan(plan);
    private final List<AdministrativeEvaluation> stored = new ArrayList<>();
    private final AdministrativeEvaluations evaluations = new AdministrativeEvaluations() {
        @Override
        public Optional<AdministrativeEvaluation> findById(EvaluationId id) {
            return stored.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public List<AdministrativeEvaluation> ofPlan(PlanId planId) {
            return stored.stream().filter(e -> e.plan().equals(planId)).toList();
        }

        @Override
        public void save(AdministrativeEvaluation evaluation) {
            stored.add(evaluation);
        }
    };

    private void confirmed(String initiative, int year, String direction, String activityActual) {
        AdministrativeEvaluation evaluation = AdministrativeEvaluation.open(plan.id(), new InitiativeCode(initiative),
                FiscalYear.of(year), "div-administration");
        Map<String, String> sheet = new HashMap<>(Map.ofEntries(Map.entry("purposeObjective", "目的"),
                Map.entry("purposeTarget", "対象"), Map.entry("purposeIntent", "意図"), Map.entry("purposeMeans", "手段"),
                Map.entry("activityName", "活動"), Map.entry("activityUnit", "回"), Map.entry("activityTarget", "10"),
                Map.entry("outcomeName", "成果"), Map.entry("outcomeUnit", "%"), Map.entry("outcomeTarget", "0"),
                Map.entry("outcomeActual", "5"), Map.entry("staffYears", "1"), Map.entry("scoreNecessity", "3"),
                Map.entry("scoreEffectiveness", "3"), Map.entry("scoreEfficiency", "3"), Map.entry("scoreFairness", "3"),
                Map.entry("scoreAchievement", "3")));
        sheet.put("activityActual", activityActual);
        sheet.put("direction", direction);
        evaluation.importResult(EvaluationSheetFields.read(sheet));
        stored.add(evaluation);
    }

    @Test
    void theLatestYearsEvaluationsAreCountedByDirectionAndRolledUpPerApproach() {
        confirmed("1-1.1", 2024, "CONTINUE", "8");
        confirmed("1-3.1", 2024, "CONTINUE", "10");
        confirmed("1-3.2", 2024, "REDUCE", "6");
        confirmed("1-1.1", 2023, "EXPAND", "10");
        AdministrativeEvaluation open = AdministrativeEvaluation.open(plan.id(), new InitiativeCode("3-1.1"),
                FiscalYear.of(2024), "div-finance");
        stored.add(open);

        List<Figure> figures = new EvaluationFigures(plans, evaluations).compute(LATEST);

        Figure directions = figures.get(0);
        assertThat(directions.title()).startsWith("令和6年度");
        assertThat(directions.valueOf("継続")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        assertThat(directions.valueOf("縮小")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(directions.valueOf("拡充")).as("2023 is not the latest year")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(directions.caption()).contains("6件のうち 3件").contains("50.0%").contains("平均達成率 80.0%");
        assertThat(directions.bars()).filteredOn(b -> b.label().equals("継続")).singleElement().extracting(Figure.Bar::link)
                .isEqualTo("/staff/dashboard/evaluations?plan=testcity&fiscalYear=2024&direction=CONTINUE");

        Figure progress = figures.get(1);
        assertThat(progress.valueOf("1-1 市政改革の推進")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100.0"));
        assertThat(progress.valueOf("1-3 民間活力の活用")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100.0"));
        assertThat(progress.valueOf("1-4 市民との協働")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0"));
        assertThat(progress.valueOf("3-1 窓口サービスの充実")).as("an open sheet is no result")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0"));

        Figure earlier = new EvaluationFigures(plans, evaluations)
                .compute(new DashboardQuery(LATEST.today(), Optional.of(FiscalYear.of(2023)))).get(0);
        assertThat(earlier.valueOf("拡充")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    }

    @Test
    void withoutAConfirmedEvaluationTheFigureSaysSo() {
        List<Figure> figures = new EvaluationFigures(plans, evaluations).compute(LATEST);

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.isEmpty()).isTrue();
            assertThat(f.caption()).contains("まだありません");
        });
    }

    @Test
    void eachIndicatorsTrendJoinsThePlanFilesValuesWithThoseStaffEntered() {
        ObservationEntries entries = new ObservationEntries() {
            @Override
            public List<ObservationEntry> ofPlan(PlanId planId) {
                return List.of(
                        entry("staff-count", "city", 2024, "1230"),
                        entry("staff-count", "city", 2025, "1221"),
                        entry("real-debt-service-ratio", "peer", 2024, "7.1"));
            }

            @Override
            public boolean record(ObservationEntry entry) {
                return true;
            }
        };

        List<Figure> figures = new IndicatorFigures(plans, entries).compute(LATEST);

        Figure staff = figures.get(0);
        assertThat(staff.title()).isEqualTo("職員数の推移");
        assertThat(staff.lines()).singleElement().satisfies(line -> assertThat(line.points())
                .extracting(Figure.Point::label, p -> p.value().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("令和5年度", "1240"),
                        org.assertj.core.groups.Tuple.tuple("令和6年度", "1230"),
                        org.assertj.core.groups.Tuple.tuple("令和7年度", "1221")));
        Figure ratio = figures.get(1);
        assertThat(ratio.lines()).extracting(Figure.Line::label).containsExactly("二本松市", "類似団体");
        assertThat(ratio.lines().get(0).points()).isEmpty();
        assertThat(ratio.lines().get(1).points()).extracting(Figure.Point::value).containsExactly(new BigDecimal("7.1"));
        assertThat(ratio.link()).isEqualTo("/open-data/indicator-values.csv");
    }

    private ObservationEntry entry(String indicator, String series, int year, String value) {
        return new ObservationEntry(plan.id(), new IndicatorId(indicator),
                new Observation(series, FiscalYear.of(year), new BigDecimal(value)), "資料", "zaisei", Instant.EPOCH);
    }

    /** A deployment that keeps one plan. */
    private record OnePlan(ComprehensivePlan plan) implements ComprehensivePlans {

        @Override
        public Optional<ComprehensivePlan> findById(PlanId id) {
            return plan.id().equals(id) ? Optional.of(plan) : Optional.empty();
        }

        @Override
        public boolean exists(PlanId id) {
            return plan.id().equals(id);
        }

        @Override
        public List<PlanSummary> summaries() {
            return List.of(plan.summary());
        }

        @Override
        public void add(ComprehensivePlan added) {
            throw new UnsupportedOperationException();
        }
    }
}
